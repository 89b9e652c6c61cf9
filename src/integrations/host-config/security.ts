/**
 * The site's security and caching policy, in one place. astro.config.mjs feeds the CSP parts
 * to Astro (`security.csp`), which adds the hashes and writes a <meta> policy into every page;
 * the host configurations (_headers, nginx) send the same policy as a header, plus what only a
 * header can say (frame-ancestors), and the headers below.
 */

/**
 * CSP directives besides script-src and style-src (Astro writes those two with its hashes).
 * `'self'` for everything: the site loads nothing from another origin. Pagefind's search
 * runs in a Web Worker (worker-src) and fetches its index from the site itself (default-src);
 * its interface's icons are data: images (img-src).
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
  "worker-src 'self'",
  // Pagefind's Component UI draws its icons (search, clear) as data: SVGs in its stylesheet.
  "img-src 'self' data:",
] as const;

/** script-src: the site's own files, plus compiling Pagefind's WebAssembly. Never 'unsafe-inline'. */
export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
/** style-src: the site's own files (Astro adds hashes of any inline styles). */
export const CSP_STYLE_SOURCES = ["'self'"] as const;

/** frame-ancestors: only a header can set it (browsers ignore it in <meta>). */
export const FRAME_ANCESTORS = {
  /** Reading pages may not be framed by other sites (clickjacking). */
  pages: "'none'",
  /** The embeddable cards under /embed/ are made to be framed anywhere. */
  embed: '*',
} as const;

/** Path (base-free) of the embeddable pages, the only ones that may be framed. */
export const EMBED_PREFIX = '/embed/';

/** Headers sent with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Two years, the value browsers' preload lists ask for; only ever sent over HTTPS by browsers' rules.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  // Links to the reports' publishers tell them the visit came from this site, never the page.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The site uses none of these powerful features; nor may anything it is framed with.
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()',
  // A page opened from another site gets no handle on this one's window, and the reverse.
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Cross-Origin-Resource-Policy: other sites may not load the site's files into their pages
 * (same-origin), except what is made to be used elsewhere: the embeddable cards, the oEmbed
 * answers, the preview images and the open data (base-free top-level folders). The feed, the
 * citation files and the EPUB go here when the site has them.
 */
export const CROSS_ORIGIN_RESOURCE = { default: 'same-origin', shared: 'cross-origin' } as const;
export const SHARED_FOLDERS = ['/embed/', '/oembed/', '/og/', '/data/'] as const;
/** Folders other sites' scripts may read (Access-Control-Allow-Origin: *): the open data and oEmbed. */
export const CORS_FOLDERS = ['/data/', '/oembed/'] as const;
export const CORS_ANY_ORIGIN = '*';

export const CACHE_CONTROL = {
  /** Fingerprinted files: the name changes whenever the content does. */
  immutable: 'public, max-age=31536000, immutable',
  /** HTML and everything else: a new build shows within five minutes. */
  short: 'public, max-age=300',
} as const;

/** Folders whose file names carry a content hash (base-free). */
export const FINGERPRINTED_FOLDERS = ['/_astro/', '/pagefind/fragment/', '/pagefind/index/', '/pagefind/filter/'] as const;

export type Csp = Map<string, string[]>;

/** Parses a policy ("a 'self'; b x y") into directive → sources, keeping their order. */
export function parseCsp(policy: string): Csp {
  const csp: Csp = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    csp.set(key, [...new Set([...(csp.get(key) ?? []), ...sources])]);
  }
  return csp;
}

export function serializeCsp(csp: Csp): string {
  return [...csp].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** One policy allowing everything any of the given policies allows (union of sources per directive). */
export function mergeCsp(policies: readonly string[]): Csp {
  const merged: Csp = new Map();
  for (const policy of policies) {
    for (const [name, sources] of parseCsp(policy)) {
      merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
    }
  }
  return merged;
}

/** The header form of a page policy: the same directives, plus frame-ancestors. */
export function headerCsp(pagePolicy: string | Csp, frameAncestors: string): string {
  const csp = new Map(typeof pagePolicy === 'string' ? parseCsp(pagePolicy) : pagePolicy);
  csp.set('frame-ancestors', [frameAncestors]);
  return serializeCsp(csp);
}

/** Problems with a policy that would let injected code run, or break what the site needs. */
export function cspProblems(policy: string): string[] {
  const csp = parseCsp(policy);
  const problems: string[] = [];
  const scripts = csp.get('script-src') ?? csp.get('default-src');
  if (!scripts) problems.push('has no script-src or default-src');
  for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
      if (csp.get(name)?.includes(bad)) problems.push(`${name} allows ${bad}`);
    }
  }
  for (const needed of CSP_SCRIPT_SOURCES) {
    if (!csp.get('script-src')?.includes(needed)) problems.push(`script-src lacks ${needed}`);
  }
  if (!csp.get('worker-src')?.includes("'self'")) problems.push("worker-src lacks 'self' (Pagefind runs in a worker)");
  return problems;
}
