import { describe, expect, it } from 'vitest';
import { HostConfigError, headerPolicyFromPages, headersFile, nginxHttpConf, nginxSiteConf, redirectsFile, withPagePolicy, type HostConfigInput } from './host-files.ts';
import { createHash } from 'node:crypto';

const policy = "default-src 'self'; worker-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const redirects = [
  { from: '/themes/1/', to: '/themes/municipal-entrepreneur/' },
  { from: '/themes/2/', to: '/themes/shared-humanity/' },
];
const input = (overrides: Partial<HostConfigInput> = {}): HostConfigInput => ({
  basePath: '/',
  pagePolicy: policy,
  topLevel: [
    { name: 'index.html', directory: false },
    { name: '404.html', directory: false },
    { name: 'themes', directory: true },
    { name: '_astro', directory: true },
    { name: 'pagefind', directory: true },
    { name: 'embed', directory: true },
    { name: '_headers', directory: false },
  ],
  pagefindFiles: ['pagefind.js', 'pagefind-entry.json'],
  redirects,
  ...overrides,
});

/** The _headers rules as path → headers, failing if a path appears twice. */
function rules(text: string): Map<string, Record<string, string>> {
  const map = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      expect(map.has(line), `rule ${line} written twice`).toBe(false);
      current = {};
      map.set(line, current);
    } else {
      const [name, ...value] = line.trim().split(': ');
      current![name!] = value.join(': ');
    }
  }
  return map;
}
/** Whether a _headers path pattern (splat at the end only) matches a request path. */
const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

describe('the _headers file', () => {
  const text = headersFile(input());
  const parsed = rules(text);
  const headersFor = (path: string) => {
    const result: Record<string, string[]> = {};
    for (const [pattern, headers] of parsed) {
      if (!matches(pattern, path)) continue;
      for (const [name, value] of Object.entries(headers)) (result[name] ??= []).push(value);
    }
    return result;
  };

  it('sends the security headers with every response', () => {
    for (const path of ['/', '/themes/fluid-careers/', '/_astro/x.css', '/pagefind/pagefind.js', '/nowhere']) {
      const headers = headersFor(path);
      expect(headers['Strict-Transport-Security'], path).toEqual([expect.stringMatching(/^max-age=\d{8}; includeSubDomains$/)]);
      expect(headers['X-Content-Type-Options']).toEqual(['nosniff']);
      expect(headers['Referrer-Policy']).toEqual(['strict-origin-when-cross-origin']);
      expect(headers['Permissions-Policy']?.[0]).toMatch(/camera=\(\)/);
    }
  });
  it('never sets one header from two rules that match the same path (hosts would merge them)', () => {
    const paths = ['/', '/index.html', '/404.html', '/themes/', '/themes/1/', '/embed/themes/x/', '/_astro/a.js', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/fragment/en_1.pf_fragment', '/pagefind/index/en_2.pf_index', '/pagefind/filter/en_3.pf_filter', '/pagefind/wasm.en.pagefind'];
    for (const path of paths) {
      for (const [name, values] of Object.entries(headersFor(path))) expect(values, `${name} on ${path}`).toHaveLength(1);
    }
  });
  it("forbids framing everywhere except /embed/, with the full policy", () => {
    for (const path of ['/', '/index.html', '/404.html', '/themes/fluid-careers/', '/_astro/a.js', '/pagefind/pagefind-worker.js']) {
      expect(headersFor(path)['Content-Security-Policy'], path).toEqual([`${policy}; frame-ancestors 'none'`]);
    }
    expect(headersFor('/embed/themes/fluid-careers/')['Content-Security-Policy']).toEqual([`${policy}; frame-ancestors *`]);
  });
  it('caches fingerprinted files for a year, and only those', () => {
    const immutable = 'public, max-age=31536000, immutable';
    for (const path of ['/_astro/content.D1IXVz07.css', '/pagefind/fragment/en_1.pf_fragment', '/pagefind/index/en_2.pf_index', '/pagefind/filter/en_3.pf_filter']) {
      expect(headersFor(path)['Cache-Control'], path).toEqual([immutable]);
    }
    for (const path of ['/', '/index.html', '/themes/fluid-careers/', '/404.html', '/embed/themes/x/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
      expect(headersFor(path)['Cache-Control'], path).toEqual(['public, max-age=300']);
    }
  });
  it('does not give the host files rules of their own', () => {
    expect([...parsed.keys()].some((path) => path.includes('_headers'))).toBe(false);
  });
  it('puts every rule under the base path', () => {
    const sub = rules(headersFile(input({ basePath: '/21cps/' })));
    expect([...sub.keys()].every((path) => path.startsWith('/21cps/'))).toBe(true);
    expect(sub.has('/21cps/')).toBe(true);
    expect(sub.has('/21cps/_astro/*')).toBe(true);
  });
  it('stops the build when a line would be longer than Cloudflare reads', () => {
    const hashes = Array.from({ length: 40 }, (_, i) => `'sha256-${'A'.repeat(42)}${i}='`).join(' ');
    expect(() => headersFile(input({ pagePolicy: `${policy} ${hashes}` }))).toThrow(HostConfigError);
    expect(() => headersFile(input({ pagePolicy: `${policy} ${hashes}` }))).toThrow(/2000.*move inline scripts or styles into files/);
  });
});

describe('the _redirects file', () => {
  it('redirects each short link, with and without the slash, permanently', () => {
    const lines = redirectsFile(redirects, '/').split('\n').filter((line) => line && !line.startsWith('#'));
    expect(lines).toEqual([
      '/themes/1/ /themes/municipal-entrepreneur/ 301',
      '/themes/1 /themes/municipal-entrepreneur/ 301',
      '/themes/2/ /themes/shared-humanity/ 301',
      '/themes/2 /themes/shared-humanity/ 301',
    ]);
  });
  it('adds the base path to both sides', () => {
    expect(redirectsFile(redirects, '/21cps/')).toContain('/21cps/themes/1/ /21cps/themes/municipal-entrepreneur/ 301');
  });
});

describe('the nginx site configuration', () => {
  const conf = nginxSiteConf(input());
  const http = nginxHttpConf(input());
  it('sends the same headers, framing allowed only under /embed/', () => {
    expect(conf).toContain(`add_header Content-Security-Policy "${policy}; frame-ancestors $guide_frame_ancestors" always;`);
    // Set by maps in the http block, so even the errors nginx makes itself (400, 414) carry them.
    expect(http).toContain(`map $uri $guide_frame_ancestors {\n    default "'none'";\n    "~^(/embed/)" "*";\n}`);
    expect(conf).not.toMatch(/^\s*set /m);
    expect(conf).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(conf).toContain('add_header Cross-Origin-Opener-Policy "same-origin" always;');
  });
  it('lets other sites use only the embeds, oEmbed, preview images and open data; reading allowed for data and oEmbed', () => {
    expect(conf).toContain('add_header Cross-Origin-Resource-Policy $guide_corp always;');
    expect(http).toContain(`map $uri $guide_corp {\n    default "same-origin";\n    "~^(/embed/|/oembed/|/og/|/data/)" "cross-origin";\n}`);
    expect(http).toContain(`map $uri $guide_cors {\n    default "";\n    "~^(/data/|/oembed/)" "*";\n}`);
  });
  it("answers every error with the site's own page", () => {
    expect(conf).toContain('error_page 403 =404 /404.html;');
    expect(conf).toContain('error_page 400 414 500 502 503 504 /error.html;');
  });
  it('adds no headers inside a location (which would drop the others)', () => {
    const inside = conf.split('\n').filter((line) => line.startsWith('    '));
    expect(inside.some((line) => line.includes('add_header'))).toBe(false);
  });
  it('has the redirects, the 404 page and the directory URLs', () => {
    expect(conf).toContain('location = /themes/1/ { return 301 /themes/municipal-entrepreneur/; }');
    expect(conf).toContain('location = /themes/1 { return 301 /themes/municipal-entrepreneur/; }');
    expect(conf).toContain('error_page 404 /404.html;');
    expect(conf).toContain('try_files $uri $uri/ =404;');
  });
  it('works under a base path', () => {
    const sub = nginxSiteConf(input({ basePath: '/21cps/' }));
    expect(sub).toContain('location /21cps/ {');
    expect(sub).toContain('error_page 404 /21cps/404.html;');
    expect(nginxHttpConf(input({ basePath: '/21cps/' }))).toContain('"~^(/21cps/_astro/|/21cps/pagefind/fragment/|/21cps/pagefind/index/|/21cps/pagefind/filter/)" "public, max-age=31536000, immutable";');
    expect(sub).toContain('location = /21cps/themes/1/ { return 301 /21cps/themes/municipal-entrepreneur/; }');
    expect(sub).toContain('if ($request_uri ~ "^(/21cps/(?:[^?]*/)?)index\\.html(\\?.*)?$")');
  });
});

describe('the header policy read from the built pages', () => {
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const inlineScript = 'document.documentElement.dataset.js=`1`;';
  const meta = (extra = '') =>
    `<meta http-equiv="content-security-policy" content="default-src 'self';worker-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-unused=' ${extra}; style-src 'self' 'sha256-external=';">`;
  const page = (head: string, body = '<main>text</main>') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

  it("keeps Astro's directives but only the hashes of inline code the pages contain", () => {
    const policy = headerPolicyFromPages([
      { file: 'index.html', html: page(meta(sha(inlineScript)), `<script type="module">${inlineScript}</script>`) },
      { file: 'about/index.html', html: page(meta(sha(inlineScript)), '<script type="application/ld+json">{"@type":"WebPage"}</script>') },
      { file: 'themes/1/index.html', html: '<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=/themes/x/"><body><a href="/themes/x/">x</a></body>' },
    ]);
    expect(policy).toBe(`default-src 'self'; worker-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha(inlineScript)}; style-src 'self'`);
  });
  it('stops on a page without a policy, inline code the policy does not allow, style attributes or event handlers', () => {
    const attempt = (html: string) => () => headerPolicyFromPages([{ file: 'x/index.html', html }]);
    expect(attempt(page(''))).toThrow(/x\/index\.html has no Content-Security-Policy <meta>/);
    expect(attempt(page(meta(), '<script>alert(1)</script>'))).toThrow(/x\/index\.html has an inline script its policy does not allow/);
    expect(attempt(page(meta(), '<style>p{color:red}</style>'))).toThrow(/inline style/);
    expect(attempt(page(meta(), '<p style="color:red">x</p>'))).toThrow(/style="…" attribute/);
    expect(attempt(page(meta(), '<button onclick="go()">x</button>'))).toThrow(/inline event handler \(<button on…>\)/);
  });
  it('gives every page the header policy as its <meta> policy, so header-less hosts enforce the same', () => {
    const html = page(meta(sha(inlineScript)), `<script type="module">${inlineScript}</script>`);
    const policy = headerPolicyFromPages([{ file: 'index.html', html }]);
    const rewritten = withPagePolicy(html, policy) ?? '';
    expect(rewritten).toContain(`<meta http-equiv="content-security-policy" content="${policy}">`);
    expect(rewritten).not.toContain('sha256-unused=');
    expect(headerPolicyFromPages([{ file: 'index.html', html: rewritten }])).toBe(policy);
    expect(withPagePolicy('<!doctype html><title>x</title>', policy)).toBeUndefined();
  });
  it('reads the <meta> policy with its character references decoded, as a browser does', () => {
    const encoded = `<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; worker-src &apos;self&apos;; script-src &#x27;self&#x27; &#39;wasm-unsafe-eval&#39;">`;
    expect(headerPolicyFromPages([{ file: 'index.html', html: page(encoded) }])).toBe("default-src 'self'; worker-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
  });
  it("refuses a policy that allows 'unsafe-inline' scripts", () => {
    const weak = `<meta http-equiv="content-security-policy" content="default-src 'self'; worker-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'">`;
    expect(() => headerPolicyFromPages([{ file: 'index.html', html: page(weak) }])).toThrow(/'unsafe-inline'/);
  });
});
