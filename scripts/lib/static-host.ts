/**
 * What `npm start`'s server (scripts/serve.mjs) needs to answer like the production host: the
 * build's `_redirects` and `_headers` files read the way Netlify and Cloudflare Pages read them,
 * and the one check that decides whether a request path may reach the file system at all.
 * Pure functions, no dist/ needed: tested in static-host.test.ts.
 */

/** `_redirects`: "from to [status]" per line → from → to. */
export function parseRedirects(text: string): Map<string, string> {
  const redirects = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [from, to] = line.trim().split(/\s+/);
    if (from && to && !from.startsWith('#')) redirects.set(from, to);
  }
  return redirects;
}

export interface HeaderRule {
  pattern: RegExp;
  headers: [name: string, value: string][];
}

/**
 * `_headers`: a path pattern at the start of a line, its headers indented below it. In a pattern,
 * `*` matches anything (slashes too) and `:name` one path segment, as on Netlify and Cloudflare.
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    if (/^\s/.test(line)) {
      const colon = trimmed.indexOf(':');
      if (colon > 0) rules.at(-1)?.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
    } else {
      const source = trimmed
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
        .join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    }
  }
  return rules;
}

/**
 * The headers every matching rule sets for a path. A header set by two matching rules gets both
 * values, comma-separated, as Cloudflare sends it (the build never sets one header twice).
 */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const previous = headers.get(key);
      headers.set(key, previous ? `${previous}, ${value}` : value);
    }
  }
  return headers;
}

/**
 * The decoded path of a request target ("/themes/x/" from "/themes/x/?q=1"), or undefined when it
 * must not reach the file system: not a path at all ("*", "http://…"), bad percent-encoding, a NUL
 * or backslash, or an empty, "." or ".." segment once decoded (so "//", "/..%2f…", "%2e%2e").
 * Refusing these outright, rather than normalising them, leaves no path that resolves outside the
 * served folder, whatever the file system or sirv would make of it.
 */
export function sitePath(target: string): string | undefined {
  const raw = target.split('?')[0] ?? '';
  if (!raw.startsWith('/')) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (/[\0\\]/.test(path)) return undefined;
  const segments = path.split('/').slice(1);
  // The last segment is empty for a directory URL ("/themes/"); an empty one before it is "//".
  const last = segments.pop();
  if (segments.some((segment) => ['', '.', '..'].includes(segment)) || last === '.' || last === '..') return undefined;
  return path;
}

/** The host's configuration files in the build output: never served (deploy/nginx.conf refuses them too). */
export const isHostConfig = (path: string): boolean => /^\/(_headers|_redirects|_nginx(\/|$))/.test(path);
