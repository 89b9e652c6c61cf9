import { describe, expect, it } from 'vitest';
import { validRedirectPage } from './redirect-pages.ts';

const astroPage =
  '<!doctype html><title>Redirecting to: /themes/fluid-careers/</title><meta http-equiv="refresh" content="0;url=/themes/fluid-careers/"><meta name="robots" content="noindex"><link rel="canonical" href="http://localhost:4321/themes/fluid-careers/"><body>\t<a href="/themes/fluid-careers/">Redirecting from <code>/themes/4/</code> to <code>/themes/fluid-careers/</code></a></body>';

describe('short-link redirect pages', () => {
  it('get the refresh syntax the HTML standard allows ("0; url=…") and the site language, and keep the link', () => {
    const page = validRedirectPage(astroPage, 'en-GB') ?? '';
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/themes/fluid-careers/">');
    expect(page).toContain('<html lang="en-GB">');
    expect(page).toContain('<a href="/themes/fluid-careers/">Redirecting from <code>/themes/4/</code>');
    expect(page).toContain('<link rel="canonical" href="http://localhost:4321/themes/fluid-careers/">');
  });
  it('leaves other pages alone', () => {
    expect(validRedirectPage('<!doctype html><title>x</title><p>hi', 'en-GB')).toBeUndefined();
  });
});
