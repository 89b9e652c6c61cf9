/** The host configuration the build writes beside the site: _headers, _redirects, _nginx/site.conf. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read.ts';
import { allRedirects } from '../../src/lib/redirects.ts';
import { cspProblems } from '../../src/integrations/host-config/security.ts';
import { DIST, builtPages, page } from '../support/dist.ts';

const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const themes = readContent('.').themes.map((entry) => entry.data as { number: number; slug: string });

describe('the host files in dist/', () => {
  it('are all there', () => {
    for (const file of ['_headers', '_redirects', '_nginx/site.conf']) expect(existsSync(join(DIST, file)), file).toBe(true);
  });
  it('give every page a strict <meta> policy, with the header-only directive left out', () => {
    for (const url of builtPages()) {
      const root = page(url);
      if (root.querySelector('meta[http-equiv="refresh"]')) continue;
      const policy = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(cspProblems(policy), url).toEqual([]);
      expect(policy, url).not.toContain('frame-ancestors');
    }
  });
  it('send the policy with frame-ancestors from _headers and nginx', () => {
    const headerPolicies = [...read('_headers').matchAll(/Content-Security-Policy: (.+)/g)].map((m) => m[1] ?? '');
    expect(headerPolicies.length).toBeGreaterThan(5);
    for (const policy of headerPolicies) {
      expect(cspProblems(policy)).toEqual([]);
      expect(policy).toMatch(/; frame-ancestors ('none'|\*)$/);
    }
    expect(read('_nginx/site.conf')).toContain(`add_header Content-Security-Policy "${headerPolicies[0]!.replace(/'none'$/, '$guide_frame_ancestors')}" always;`);
  });
  it('redirect every short link and retired URL', () => {
    const redirects = read('_redirects');
    const nginx = read('_nginx/site.conf');
    for (const { from, to } of allRedirects(themes)) {
      expect(redirects).toContain(`\n${from} ${to} 301\n`);
      expect(nginx).toContain(`location = ${from} { return 301 ${to}; }`);
    }
  });
});
