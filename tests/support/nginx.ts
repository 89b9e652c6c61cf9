/**
 * Debian's nginx for the deployment tests: NGINX_PATH, else /usr/sbin/nginx. Running as root on
 * Debian without it, installs the `nginx` package with apt-get (and says so); otherwise stops
 * with a message saying how to install it. startNginx() serves a folder with the repository's
 * deploy/nginx.conf on a loopback port, as a child process the caller stops.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function findNginx(): string {
  const wanted = process.env['NGINX_PATH'];
  if (wanted) {
    if (!existsSync(wanted)) throw new Error(`NGINX_PATH is set to ${wanted}, but there is no file there.`);
    return wanted;
  }
  const path = '/usr/sbin/nginx';
  if (existsSync(path)) return path;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('nginx not found: installing Debian’s nginx package with apt-get (needed for the web server tests)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    // Installed only to run it from the tests: stop the package starting a system-wide server
    // (Debian's policy-rc.d convention; Docker images already have one).
    const policy = '/usr/sbin/policy-rc.d';
    const ownPolicy = !existsSync(policy);
    if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
    try {
      execFileSync('apt-get', ['install', '-y', 'nginx'], { stdio: 'inherit', env });
    } finally {
      if (ownPolicy) rmSync(policy, { force: true });
    }
    if (existsSync(path)) return path;
  }
  throw new Error('The web server tests need nginx. Install it (Debian/Ubuntu: sudo apt-get install nginx) or set NGINX_PATH to an nginx binary.');
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** The lines of deploy/nginx.conf a publisher edits, and what the test puts there. */
export function localServerBlock(template: string, options: { root: string; port: number }): string {
  const edits: [string | RegExp, string][] = [
    ['    listen 80;\n', `    listen 127.0.0.1:${options.port};\n`],
    ['    listen [::]:80;\n', ''],
    ['server_name example.ac.uk;', 'server_name localhost;'],
    [/\/var\/www\/21cps-guide/g, options.root],
  ];
  let text = template;
  for (const [from, to] of edits) {
    const next = typeof from === 'string' ? text.replace(from, to) : text.replace(from, to);
    if (next === text) throw new Error(`deploy/nginx.conf no longer contains ${String(from)}: update tests/support/nginx.ts to match`);
    text = next;
  }
  return text;
}

export interface RunningNginx {
  url: string;
  stop: () => Promise<void>;
  errorLog: () => string;
}

/** Serves `root` (a built site) with deploy/nginx.conf on a free loopback port. */
export async function startNginx(root: string): Promise<RunningNginx> {
  const nginx = findNginx();
  const dir = mkdtempSync(join(tmpdir(), '21cps-nginx-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  const port = await freePort();
  const server = localServerBlock(readFileSync('deploy/nginx.conf', 'utf8'), { root: resolve(root), port });
  writeFileSync(join(dir, 'site.conf'), server);
  const runAs = process.getuid?.() === 0 ? 'user root;\n' : '';
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${runAs}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 128; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${dir}/body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    include ${dir}/site.conf;
}
`,
  );
  const config = join(dir, 'nginx.conf');
  try {
    execFileSync(nginx, ['-t', '-q', '-p', dir, '-c', config], { stdio: 'pipe' });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`nginx rejected the configuration (deploy/nginx.conf with ${root}/_nginx/site.conf):\n${stderr}`);
  }
  const child: ChildProcess = spawn(nginx, ['-p', dir, '-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx stopped at once:\n${stderr}`);
    try {
      await fetch(`${url}/`, { redirect: 'manual' });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${url}:\n${stderr}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  return {
    url,
    errorLog: () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
