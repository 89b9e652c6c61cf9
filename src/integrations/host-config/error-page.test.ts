import { describe, expect, it } from 'vitest';
import { ERROR_TITLE, errorPageFrom404 } from './error-page.ts';
import { headerPolicyFromPages, withPagePolicy } from './host-files.ts';

const notFound = `<!doctype html><html lang="en-GB"><head><title>Page not found — 21CPS Guide</title><meta name="description" content="This page could not be found."><link rel="canonical" href="https://example.ac.uk/404.html"><meta property="og:url" content="https://example.ac.uk/404.html"><meta property="og:image:alt" content="Page not found — Guide"><meta http-equiv="content-security-policy" content="default-src 'self'; worker-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"><link rel="stylesheet" href="/_astro/x.css"></head><body><main id="main"><h1 class="text-3xl">Page not found</h1><p class="mt-4">If you typed the web address…</p><h2 id="themes">The ten themes</h2><ol><li><a href="/themes/fluid-careers/">Fluid careers</a></li></ol></main></body></html>`;

describe('the error page nginx shows for 400, 414 and 5xx', () => {
  const page = errorPageFrom404(notFound, 'Page not found');
  it('is the 404 page with its own title, heading and words, and the same frame, styles and theme list', () => {
    expect(page).toContain(`<title>${ERROR_TITLE} — 21CPS Guide</title>`);
    expect(page).toContain(`<h1 class="text-3xl">${ERROR_TITLE}</h1><p class="mt-4">The web server could not answer this request.`);
    expect(page).toContain('<a href="/themes/fluid-careers/">Fluid careers</a>');
    expect(page).toContain('<link rel="stylesheet" href="/_astro/x.css">');
    expect(page).toContain(`content="${ERROR_TITLE} — Guide"`);
    expect(page).not.toContain('Page not found');
    expect(page).not.toContain('404.html');
    expect(page).toContain('<link rel="canonical" href="https://example.ac.uk/error.html">');
  });
  it('keeps a policy the host-config step can read and rewrite', () => {
    const policy = headerPolicyFromPages([{ file: 'error.html', html: page }]);
    expect(withPagePolicy(page, policy)).toContain(`content="${policy}"`);
  });
});
