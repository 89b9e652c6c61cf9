/**
 * Configuration for the web servers and static hosts that publish dist/, generated at build
 * time from one policy (security.ts) and one redirects map (redirects.ts):
 *
 * - `_headers` and `_redirects`, as Netlify and Cloudflare Pages read them;
 * - `_nginx/site.conf`, included by the server block in deploy/nginx.conf.
 *
 * They are generated, not written by hand, because the Content-Security-Policy header must
 * carry the same script and style hashes Astro puts in each page's <meta> policy (a browser
 * enforces both), and those change with the build. Pure functions: the Astro integration in
 * src/integrations/host-config/index.ts reads the build output and writes the files.
 */
import { createHash } from 'node:crypto';
import { decodeHTMLAttribute } from 'entities';
import { Parser } from 'htmlparser2';
import type { Redirect } from '../../lib/redirects.ts';
import {
  CACHE_CONTROL,
  CORS_ANY_ORIGIN,
  CORS_FOLDERS,
  CROSS_ORIGIN_RESOURCE,
  EMBED_PREFIX,
  FINGERPRINTED_FOLDERS,
  FRAME_ANCESTORS,
  SECURITY_HEADERS,
  SHARED_FOLDERS,
  cspProblems,
  headerCsp,
  mergeCsp,
  serializeCsp,
  type Csp,
} from './security.ts';
import { withBase } from '../../lib/urls.ts';
import { escapeRegExp } from '../../shared/regex.ts';

export class HostConfigError extends Error {
  override name = 'HostConfigError';
}

/** Script types a browser runs (others, such as application/ld+json, are data and outside CSP). */
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const HANDLER_ATTRIBUTE = /^on[a-z]+$/i;
const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);

/** What the policy check needs from one page: its <meta> policy, inline code, style attributes, handlers. */
export interface PageCode {
  redirect: boolean;
  policy: string | undefined;
  inline: { directive: 'script-src' | 'style-src'; text: string }[];
  styleAttribute: boolean;
  handler: string | undefined;
}

/**
 * Reads a page once with a streaming parser (htmlparser2): no document tree is built, because
 * the check runs on every built page and a tree per page cost more than rendering it.
 */
export function pageCode(html: string): PageCode {
  const code: PageCode = { redirect: false, policy: undefined, inline: [], styleAttribute: false, handler: undefined };
  let open: { directive: 'script-src' | 'style-src'; text: string } | undefined;
  let tag = '';
  const parser = new Parser(
    {
      onopentagname(name) {
        tag = name;
      },
      // Per attribute, so that no tag's attributes are listed again (a third of the parse at 1,000 pages).
      onattribute(name) {
        if (name === 'style') code.styleAttribute = true;
        else if (!code.handler && HANDLER_ATTRIBUTE.test(name)) code.handler = tag;
      },
      onopentag(name, attributes) {
        if (name === 'meta') {
          const equiv = decodeHTMLAttribute(attributes['http-equiv'] ?? '').toLowerCase();
          if (equiv === 'refresh') code.redirect = true;
          if (equiv === 'content-security-policy' && code.policy === undefined && attributes['content'] !== undefined) code.policy = decodeHTMLAttribute(attributes['content']);
        }
        if (name === 'style') open = { directive: 'style-src', text: '' };
        else if (name === 'script' && !('src' in attributes) && SCRIPT_TYPES.has(decodeHTMLAttribute(attributes['type'] ?? '').toLowerCase())) open = { directive: 'script-src', text: '' };
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(name) {
        if (open && (name === 'script' || name === 'style')) {
          code.inline.push(open);
          open = undefined;
        }
      },
    },
    // Entities are decoded only in the few attribute values read above: decoding every text and
    // attribute took a third of the parse. Script and style text is never decoded (raw text in HTML).
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return code;
}

/**
 * The policy to send as a header, from the built pages: the directives of Astro's <meta> policy,
 * with exactly the hashes of the inline scripts and styles the pages contain. (Astro's <meta>
 * also lists hashes of its own unused runtime snippets and of external files, which 'self'
 * already allows; a header carries them on every response, so they are left out.)
 * Stops the build if a page has no <meta> policy, or inline code its policy does not allow.
 */
export function headerPolicyFromPages(pages: { file: string; html: string }[]): string {
  return headerPolicyFromCode(pages.map(({ file, html }) => ({ file, code: pageCode(html) })));
}

/** headerPolicyFromPages, from each page's code as pageCode() read it (so a page is parsed once). */
export function headerPolicyFromCode(pages: { file: string; code: PageCode }[]): string {
  // Pages mostly share one policy: each distinct policy is parsed once.
  const policies = new Map<string, Csp>();
  const used = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
  const problems: string[] = [];
  for (const { file, code: page } of pages) {
    if (page.redirect) continue; // Astro's redirect pages: a link, no code
    if (!page.policy) {
      problems.push(`${file} has no Content-Security-Policy <meta>: render it through BaseLayout (src/components/Head.astro)`);
      continue;
    }
    const own = policies.get(page.policy) ?? mergeCsp([page.policy]);
    policies.set(page.policy, own);
    for (const { directive, text } of page.inline) {
      const hash = cspHash(text);
      if (!own.get(directive)?.includes(hash)) {
        problems.push(`${file} has an inline ${directive === 'script-src' ? 'script' : 'style'} its policy does not allow (${hash}): move it into a file`);
      }
      used[directive].add(hash);
    }
    if (page.styleAttribute) problems.push(`${file} has a style="…" attribute, which the policy blocks: use a class instead`);
    if (page.handler) problems.push(`${file} has an inline event handler (<${page.handler} on…>), which the policy blocks: use a script module`);
  }
  if (!policies.size && !problems.length) problems.push('no page has a Content-Security-Policy <meta>: is security.csp set in astro.config.mjs?');
  if (problems.length) throw new HostConfigError(`Content-Security-Policy check failed:\n  - ${problems.join('\n  - ')}`);

  const merged = mergeCsp([...policies.keys()]);
  for (const directive of ['script-src', 'style-src'] as const) {
    const sources = merged.get(directive);
    if (sources) merged.set(directive, sources.filter((source) => !isHash(source) || used[directive].has(source)));
  }
  const policy = serializeCsp(merged);
  const weak = cspProblems(policy);
  if (weak.length) throw new HostConfigError(`The pages' Content-Security-Policy ${weak.join('; ')}. Fix security.csp in astro.config.mjs (its sources are in src/integrations/host-config/security.ts).`);
  return policy;
}

/**
 * The page with its <meta> policy replaced by `policy` (the header's, without frame-ancestors),
 * so a host that sends no header enforces exactly what the header does: Astro's <meta> lists
 * hashes of its own unused snippets and of an empty style, which the header leaves out. The
 * attribute is replaced where the page has it, byte for byte; undefined for a page without one.
 * `current` is the page's policy when pageCode() has already read it.
 */
export function withPagePolicy(html: string, policy: string, current = pageCode(html).policy): string | undefined {
  if (current === undefined) return undefined;
  const attribute = `content="${current}"`;
  const at = html.indexOf(attribute);
  if (at < 0 || html.indexOf(attribute, at + 1) >= 0) throw new HostConfigError(`cannot find the page's Content-Security-Policy <meta> to rewrite (${current.slice(0, 40)}…)`);
  if (/["<>&]/.test(policy)) throw new HostConfigError(`cannot write ${JSON.stringify(policy)} into an attribute`);
  return html.slice(0, at) + `content="${policy}"` + html.slice(at + attribute.length);
}

export interface OutputEntry {
  name: string;
  directory: boolean;
}

export interface HostConfigInput {
  basePath: string;
  /** The pages' policy, as Astro wrote it into their <meta> (merged over all pages). */
  pagePolicy: string;
  /** What is directly inside the output folder. */
  topLevel: OutputEntry[];
  /** Files directly inside pagefind/, when the search index has been built. */
  pagefindFiles: string[];
  redirects: Redirect[];
}

/** Files the build writes for the hosts; never served as pages. */
export const HOST_FILES = ['_headers', '_redirects', '_nginx'] as const;
/** Top-level folders with their own rules. */
const SPECIAL_FOLDERS = new Set(['_astro', 'pagefind', 'embed', ...HOST_FILES]);

/** Cloudflare Pages' limits (Netlify's are higher): 100 header rules, 2,000 characters a line. */
export const HEADERS_LIMITS = { rules: 100, lineLength: 2000 } as const;

const HEADER_NOTE = `# Generated by \`npm run build\` (src/integrations/host-config/host-files.ts). Do not edit: change src/integrations/host-config/security.ts.
#
# HTTP headers for Netlify and Cloudflare Pages. When several rules match a request those hosts
# combine them, and a header named in two matching rules gets both values (Cloudflare) or only
# one (Netlify). So no header is set by two rules that can match the same path: the security
# headers are set once for everything, and the policy and caching once per top-level entry.
# An address that matches no file gets the security headers and the 404 page's <meta> policy.
`;

/** The _headers file. */
export function headersFile(input: HostConfigInput): string {
  const base = (path: string) => withBase(path, input.basePath);
  const pageCsp = headerCsp(input.pagePolicy, FRAME_ANCESTORS.pages);
  const embedCsp = headerCsp(input.pagePolicy, FRAME_ANCESTORS.embed);
  const rules: { comment?: string; path: string; headers: Record<string, string> }[] = [];
  const rule = (path: string, headers: Record<string, string>, comment?: string) =>
    rules.push(comment === undefined ? { path, headers } : { comment, path, headers });

  rule(base('/*'), { ...SECURITY_HEADERS }, 'Every response');

  const own = { 'Cross-Origin-Resource-Policy': CROSS_ORIGIN_RESOURCE.default };
  const pages = { 'Content-Security-Policy': pageCsp, 'Cache-Control': CACHE_CONTROL.short, ...own };
  rule(base('/'), pages, "Pages and other files: not to be framed (frame-ancestors 'none'), short caching, not for other sites to load");
  const entries = input.topLevel.filter((entry) => !SPECIAL_FOLDERS.has(entry.name) && !entry.name.startsWith('.'));
  for (const entry of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    const folder = `/${entry.name}/`;
    const shared = entry.directory && (SHARED_FOLDERS as readonly string[]).includes(folder);
    const cors = entry.directory && (CORS_FOLDERS as readonly string[]).includes(folder) ? { 'Access-Control-Allow-Origin': CORS_ANY_ORIGIN } : {};
    rule(
      base(entry.directory ? `${folder}*` : `/${entry.name}`),
      shared ? { ...pages, 'Cross-Origin-Resource-Policy': CROSS_ORIGIN_RESOURCE.shared, ...cors } : pages,
      shared ? `${folder}: made for other sites to use (Cross-Origin-Resource-Policy: cross-origin${Object.keys(cors).length ? ', readable by any site' : ''})` : undefined,
    );
  }

  rule(
    base(`${EMBED_PREFIX}*`),
    { 'Content-Security-Policy': embedCsp, 'Cache-Control': CACHE_CONTROL.short, 'Cross-Origin-Resource-Policy': CROSS_ORIGIN_RESOURCE.shared },
    'Embeddable cards: may be framed by any site',
  );

  rule(
    base('/_astro/*'),
    { 'Content-Security-Policy': pageCsp, 'Cache-Control': CACHE_CONTROL.immutable, ...own },
    'Scripts and styles: the file name carries a hash of the content, so they never change',
  );

  rule(base('/pagefind/*'), { 'Content-Security-Policy': pageCsp, ...own }, 'Search index (Pagefind): the policy applies to its worker too');
  for (const folder of ['fragment', 'index', 'filter']) {
    rule(base(`/pagefind/${folder}/*`), { 'Cache-Control': CACHE_CONTROL.immutable }, folder === 'fragment' ? 'hashed file names: kept for a year' : undefined);
  }
  const pagefindFiles = [...input.pagefindFiles].sort();
  pagefindFiles.forEach((file, index) => {
    rule(base(`/pagefind/${file}`), { 'Cache-Control': CACHE_CONTROL.short }, index === 0 ? 'fixed names (pagefind.js, pagefind-entry.json, …): short caching' : undefined);
  });

  const text =
    HEADER_NOTE +
    rules
      .map(({ comment, path, headers }) =>
        [
          ...(comment ? ['', `# ${comment}`] : []),
          path,
          ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
        ].join('\n'),
      )
      .join('\n') +
    '\n';

  if (rules.length > HEADERS_LIMITS.rules) {
    throw new HostConfigError(
      `_headers would have ${rules.length} rules; Cloudflare Pages reads at most ${HEADERS_LIMITS.rules}. Fewer top-level files or folders in the site would fix it.`,
    );
  }
  const long = text.split('\n').find((line) => line.length > HEADERS_LIMITS.lineLength);
  if (long) {
    throw new HostConfigError(
      `_headers has a line of ${long.length} characters; Cloudflare Pages reads at most ${HEADERS_LIMITS.lineLength}. The Content-Security-Policy has too many hashes: move inline scripts or styles into files. Line: ${long.slice(0, 80)}…`,
    );
  }
  return text;
}

/** The _redirects file: each redirect with and without its trailing slash, as a permanent (301) redirect. */
export function redirectsFile(redirects: Redirect[], basePath: string): string {
  const lines = [
    '# Generated by `npm run build` from src/lib/redirects.ts. Do not edit.',
    '# Redirects for Netlify and Cloudflare Pages: source, destination, status.',
  ];
  for (const { from, to } of redirects) {
    const source = withBase(from, basePath);
    const target = withBase(to, basePath);
    lines.push(`${source} ${target} 301`);
    if (source.endsWith('/')) lines.push(`${source.slice(0, -1)} ${target} 301`);
  }
  return `${lines.join('\n')}\n`;
}

const nginxString = (value: string) => {
  if (/["\\$\n]/.test(value)) throw new HostConfigError(`cannot write ${JSON.stringify(value)} into an nginx string`);
  return `"${value}"`;
};

/** The variables the server block's headers read, set per address by nginxHttpConf's maps. */
const NGINX_VARIABLES = { cache: '$guide_cache_control', frame: '$guide_frame_ancestors', corp: '$guide_corp', cors: '$guide_cors' } as const;

/**
 * The http-level part: maps from the address to the values that differ by folder. Maps rather
 * than `set` in locations, because nginx answers some requests itself (400, 414) before any
 * `set` runs: those responses would get empty values (and a warning in the error log).
 * deploy/nginx.conf includes it outside the server block.
 */
export function nginxHttpConf(input: Pick<HostConfigInput, 'basePath'>): string {
  const at = (path: string) => withBase(path, input.basePath);
  const prefix = (folders: readonly string[]) => nginxString(`~^(${folders.map((folder) => escapeRegExp(at(folder))).join('|')})`);
  const map = (variable: string, fallback: string, entries: [string, string][]) => [
    `map $uri ${variable} {`,
    `    default ${fallback};`,
    ...entries.map(([pattern, value]) => `    ${pattern} ${value};`),
    '}',
  ];
  return [
    '# Generated by `npm run build` (src/integrations/host-config/host-files.ts) for this build. Do not edit.',
    '# Include it in the http block, outside the server block (see deploy/nginx.conf).',
    '',
    ...map(NGINX_VARIABLES.cache, nginxString(CACHE_CONTROL.short), [[prefix(FINGERPRINTED_FOLDERS), nginxString(CACHE_CONTROL.immutable)]]),
    ...map(NGINX_VARIABLES.frame, nginxString(FRAME_ANCESTORS.pages), [[prefix([EMBED_PREFIX]), nginxString(FRAME_ANCESTORS.embed)]]),
    ...map(NGINX_VARIABLES.corp, nginxString(CROSS_ORIGIN_RESOURCE.default), [[prefix(SHARED_FOLDERS), nginxString(CROSS_ORIGIN_RESOURCE.shared)]]),
    // An empty value sends no header.
    ...map(NGINX_VARIABLES.cors, '""', [[prefix(CORS_FOLDERS), nginxString(CORS_ANY_ORIGIN)]]),
    '',
  ].join('\n');
}

/**
 * The site's part of an nginx server block: headers, redirects, error pages and directory URLs,
 * for the site under its base path. deploy/nginx.conf includes it.
 */
export function nginxSiteConf(input: Pick<HostConfigInput, 'basePath' | 'pagePolicy' | 'redirects'>): string {
  const base = input.basePath;
  const at = (path: string) => withBase(path, base);
  const csp = headerCsp(input.pagePolicy, NGINX_VARIABLES.frame);
  const lines: string[] = [
    '# Generated by `npm run build` (src/integrations/host-config/host-files.ts) for this build. Do not edit.',
    '# Include it inside the server block (see deploy/nginx.conf), with http.conf in the http block, and',
    "# reload nginx after each deploy: the Content-Security-Policy carries hashes of this build's inline code.",
    '',
    '# Headers for every response, including the errors nginx makes itself ("always"). No location',
    '# below adds headers of its own (that would drop these); what differs by folder is in http.conf.',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `add_header ${name} ${nginxString(value)} always;`),
    `add_header Content-Security-Policy "${csp}" always;`,
    `add_header Cache-Control ${NGINX_VARIABLES.cache} always;`,
    `add_header Cross-Origin-Resource-Policy ${NGINX_VARIABLES.corp} always;`,
    `add_header Access-Control-Allow-Origin ${NGINX_VARIABLES.cors} always;`,
    '',
    "# The site's own pages for every error: the 404 page for an address that does not exist or may",
    '# not be listed (403, answered as 404), error.html for a request nginx cannot answer.',
    `error_page 404 ${at('/404.html')};`,
    `error_page 403 =404 ${at('/404.html')};`,
    `error_page 400 414 500 502 503 504 ${at('/error.html')};`,
    '',
    '# A link ending in index.html goes to the directory URL.',
    `if ($request_uri ~ "^(${escapeRegExp(base)}(?:[^?]*/)?)index\\.html(\\?.*)?$") {`,
    '    return 301 $1$2;',
    '}',
    '',
    '# Pages: /about/ serves about/index.html; /about redirects to /about/; anything else is the 404 page.',
    `location ${base} {`,
    '    try_files $uri $uri/ =404;',
    '}',
    '',
    '# The host files in the build output are configuration, not pages.',
    `location ~ "^${escapeRegExp(base)}(_headers|_redirects|_nginx/)" {`,
    '    return 404;',
    '}',
    '',
    '# Short links and retired URLs (src/lib/redirects.ts), with and without the trailing slash.',
  ];
  for (const { from, to } of input.redirects) {
    const source = at(from);
    const target = at(to);
    lines.push(`location = ${source} { return 301 ${target}; }`);
    if (source.endsWith('/')) lines.push(`location = ${source.slice(0, -1)} { return 301 ${target}; }`);
  }
  return `${lines.join('\n')}\n`;
}
