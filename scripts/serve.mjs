#!/usr/bin/env node
/**
 * Serves the built site (dist/) the way the production host does: directory URLs, a 301 for links
 * pasted without the trailing slash or with index.html, the short links in _redirects, the headers
 * in _headers, the 404 page, and the site under its BASE_PATH. Files are sent by sirv; this file
 * only adds what a static host does around them. `npm start` and the browser tests both use it.
 *
 *   node scripts/serve.mjs [--port 4321] [--root dist]      (PORT and BASE_PATH are read too)
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { parseBasePath } from '../src/lib/site.ts';
import { headersFor, isHostConfig, parseHeaders, parseRedirects, sitePath } from './lib/static-host.ts';

/** The old name, for scripts/pdf.mjs: BASE_PATH is normalised and checked exactly as the build does it. */
export { parseBasePath as normaliseBase };

// sirv's types (mrmime) lack Pagefind's index files and say text/xml; these are what the site has
// always been served with.
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
  '.epub': 'application/epub+zip',
  // Reference-manager files (src/lib/citation-files.ts): RIS and BibTeX.
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
};
const TEXT = { 'Content-Type': 'text/plain; charset=utf-8' };

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? 'file' : info.isDirectory() ? 'dir' : undefined;
  } catch {
    return undefined;
  }
}

const readIfThere = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

export function createStaticServer({ root = 'dist', basePath = process.env.BASE_PATH ?? '/' } = {}) {
  const rootDir = resolve(root);
  const base = parseBasePath(basePath);
  // Read once, as a host reads them at deploy time.
  const redirects = parseRedirects(readIfThere(join(rootDir, '_redirects')));
  const headerRules = parseHeaders(readIfThere(join(rootDir, '_headers')));
  // dev: look files up on each request rather than listing dist/ once, so a rebuild while serving
  // is seen (as before). Only exact files: directory URLs are mapped to index.html below.
  const files = sirv(rootDir, {
    dev: true,
    extensions: [],
    setHeaders: (res, path) => res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream'),
  });

  const redirect = (res, location) => {
    res.writeHead(301, { ...TEXT, Location: location });
    res.end(`Moved to ${location}\n`);
  };
  const notFound = (res) => {
    const page = join(rootDir, '404.html');
    if (!existsSync(page)) {
      res.writeHead(404, TEXT);
      return res.end('Not found\n');
    }
    res.writeHead(404, { 'Content-Type': TYPES['.html'] });
    createReadStream(page).pipe(res);
  };

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...TEXT, Allow: 'GET, HEAD' });
      return res.end('Method not allowed\n');
    }
    const target = req.url ?? '/';
    const query = target.includes('?') ? target.slice(target.indexOf('?')) : '';
    const path = sitePath(target);
    if (path === undefined) return notFound(res);
    // Answered before any file, as a host does: a short link is a real 301, not a page that refreshes.
    if (base !== '/' && path === base.slice(0, -1)) return redirect(res, base + query);
    const destination = redirects.get(path);
    if (destination) return redirect(res, destination + query);
    if (!path.startsWith(base)) return notFound(res);
    const relative = path.slice(base.length - 1);
    if (isHostConfig(relative)) return notFound(res);
    if (relative.endsWith('/index.html')) return redirect(res, encodeURI(path.slice(0, -'index.html'.length)) + query);

    // The production headers for this address, on whatever it answers (the 404 page included).
    for (const [name, value] of headersFor(headerRules, path)) res.setHeader(name, value);
    let file = relative;
    const kind = await fileAt(join(rootDir, relative));
    if (kind === 'dir') {
      if (!relative.endsWith('/')) return redirect(res, `${encodeURI(path)}/${query}`);
      file += 'index.html';
    } else if (kind !== 'file') {
      return notFound(res); // also "/robots.txt/", which sirv would answer with the file
    }
    // sirv decodes the URL again (decodeURI): hand it the path checked above, re-encoded.
    req.url = encodeURI(file);
    files(req, res, () => notFound(res));
  }

  return createServer((req, res) => {
    // sirv pipes a file stream into the response; a read that fails after the headers are out
    // (the file removed by a rebuild) would otherwise be an unhandled 'error' and stop the server.
    res.on('pipe', (source) => source.on('error', (error) => fail(res, error)));
    handle(req, res).catch((error) => fail(res, error));
  });
}

/** Any failure in the handler is this request's 500 (or a cut connection, if it had started), never the server's end. */
function fail(res, error) {
  console.error(`serve: ${error?.stack ?? error}`);
  if (res.headersSent) return res.destroy();
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  res.writeHead(500, TEXT);
  res.end('Internal server error\n');
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
  const base = parseBasePath(process.env.BASE_PATH);
  createStaticServer({ root, basePath: base }).listen(port, 'localhost', () => {
    console.log(`Serving ${root}/ at http://localhost:${port}${base}  (Ctrl+C to stop)`);
  });
}
