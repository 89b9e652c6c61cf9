#!/usr/bin/env node
/**
 * Serves the built site (dist/) the way a static host does: directory URLs, a redirect for
 * links pasted without the trailing slash or with index.html, the 404 page, and the site
 * under its BASE_PATH. `npm start` and the browser tests both use it.
 *
 *   node scripts/serve.mjs [--port 4321] [--root dist]
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? 'file' : info.isDirectory() ? 'dir' : undefined;
  } catch {
    return undefined;
  }
}

/** Normalises "/21cps", "21cps/" and "" to "/21cps/" or "/". */
export function normaliseBase(base = '/') {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The build's redirects (dist/_redirects, as Netlify and Cloudflare read it): path → destination. */
export function readRedirects(rootDir) {
  const file = join(rootDir, '_redirects');
  if (!existsSync(file)) return new Map();
  const rules = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split(/\s+/));
  return new Map(rules.filter((rule) => rule.length >= 2).map(([from, to]) => [from, to]));
}

export function createStaticServer({ root = 'dist', basePath = process.env.BASE_PATH ?? '/' } = {}) {
  const rootDir = resolve(root);
  const base = normaliseBase(basePath);
  // Answered before any file, as a host does: a short link is a real 301, not a page that refreshes.
  const redirects = readRedirects(rootDir);

  const send = (res, status, filePath, headers = {}) => {
    res.writeHead(status, { 'Content-Type': TYPES[extname(filePath)] ?? 'application/octet-stream', ...headers });
    createReadStream(filePath).pipe(res);
  };
  const redirect = (res, location) => {
    res.writeHead(301, { Location: location, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`Moved to ${location}\n`);
  };
  const notFound = async (res) => {
    const page = join(rootDir, '404.html');
    if (await fileAt(page)) return send(res, 404, page);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
  };

  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound(res);
    }
    if (base !== '/' && (pathname === base.slice(0, -1))) return redirect(res, base + url.search);
    const destination = redirects.get(pathname);
    if (destination) return redirect(res, destination + url.search);
    if (!pathname.startsWith(base)) return notFound(res);
    const relativePath = pathname.slice(base.length - 1);
    const filePath = normalize(join(rootDir, relativePath));
    if (!filePath.startsWith(rootDir)) return notFound(res);

    if (relativePath.endsWith('/index.html')) {
      return redirect(res, url.pathname.slice(0, -'index.html'.length) + url.search);
    }
    const kind = await fileAt(filePath);
    if (kind === 'file') return send(res, 200, filePath);
    if (kind === 'dir') {
      if (!url.pathname.endsWith('/')) return redirect(res, `${url.pathname}/${url.search}`);
      const index = join(filePath, 'index.html');
      if (await fileAt(index)) return send(res, 200, index);
    }
    return notFound(res);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : fallback;
  };
  const port = Number(option('port', process.env.PORT ?? 4321));
  const root = option('root', 'dist');
  if (!(await fileAt(join(resolve(root), 'index.html')))) {
    console.error(`No built site in ${root}/. Run "npm run build" first (or "npm start", which builds and serves).`);
    process.exit(1);
  }
  const base = normaliseBase(process.env.BASE_PATH);
  createStaticServer({ root, basePath: base }).listen(port, 'localhost', () => {
    console.log(`Serving ${root}/ at http://localhost:${port}${base}  (Ctrl+C to stop)`);
  });
}
