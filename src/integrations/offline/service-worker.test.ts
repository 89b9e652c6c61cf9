import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { downloadSize, INJECTION_POINT, OFFLINE_SIZE_MARKER, webManifest, withPrecacheList, writeOfflineCopy, writeServiceWorker } from './service-worker.ts';

const site = mkdtempSync(join(tmpdir(), 'sw-'));
const files: Record<string, string> = {
  'index.html': '<p>home</p>',
  'about/index.html': `<p>Save: about ${OFFLINE_SIZE_MARKER}</p>`,
  'report/full/index.html': `<p>${OFFLINE_SIZE_MARKER}</p>`,
  '404.html': '<p>missing</p>',
  '_astro/enhance.abc123.js': 'console.log(1)',
  'pagefind/pagefind.js': 'x',
  'pagefind/fragment/en_1.pf_fragment': 'x',
  // Files a later search issue may add: taken by the glob, no list to update.
  'pagefind/words.json': '[]',
  'search/wordlist.json': '[]',
  'data/themes.json': '[]',
  'favicon.svg': '<svg/>',
  'manifest.webmanifest': '{}',
  'og/about.png': 'png',
  'embed/themes/x/index.html': '<p>card</p>',
  '_nginx/site.conf': 'x',
  _headers: 'x',
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(dirname(join(site, name)), { recursive: true });
  writeFileSync(join(site, name), text);
}
afterAll(() => rmSync(site, { recursive: true, force: true }));
/** The files above that the offline copy saves (the list the next test expects, without the base path). */
const precachedName = (name: string) => !/^(og|embed|_nginx)\//.test(name) && name !== '_headers';

describe('the offline copy', () => {
  it('says the download size in the pages that offer to save the guide, and precaches those pages as they now read', async () => {
    const before = Object.keys(files).filter(precachedName).reduce((sum, name) => sum + Buffer.byteLength(readFileSync(join(site, name))), 0);
    const { size, count } = await writeOfflineCopy(site, '/21cps/');
    expect(size).toBe(before);
    expect(count).toBe(12);
    expect(readFileSync(join(site, 'about/index.html'), 'utf8')).toBe(`<p>Save: about ${downloadSize(size)}</p>`);
    // Each file is hashed once: the pages given the size are hashed after it is written in, so a new size reaches saved copies.
    const sw = readFileSync(join(site, 'sw.js'), 'utf8');
    const revisions = new Map([...sw.matchAll(/\{"revision":"([0-9a-f]+)","url":"([^"]+)"\}/g)].map((m) => [m[2], m[1]]));
    expect(revisions.size).toBe(12);
    for (const name of ['about/index.html', 'report/full/index.html', 'index.html']) {
      expect(revisions.get(`/21cps/${name}`)).toBe(createHash('md5').update(readFileSync(join(site, name))).digest('hex'));
    }
  });

  it('precaches pages, scripts and every search file under the base path, never preview images, embeds or host files', async () => {
    await writeServiceWorker(site, '/21cps/');
    const sw = readFileSync(join(site, 'sw.js'), 'utf8');
    const urls = [...sw.matchAll(/"?url"?:"([^"]+)"/g)].map((m) => m[1]).sort();
    expect(urls).toEqual([
      '/21cps/404.html',
      '/21cps/_astro/enhance.abc123.js',
      '/21cps/about/index.html',
      '/21cps/data/themes.json',
      '/21cps/favicon.svg',
      '/21cps/index.html',
      '/21cps/manifest.webmanifest',
      '/21cps/pagefind/fragment/en_1.pf_fragment',
      '/21cps/pagefind/pagefind.js',
      '/21cps/pagefind/words.json',
      '/21cps/report/full/index.html',
      '/21cps/search/wordlist.json',
    ]);
  });

  it('writes the list where the service worker reads it, once, and stops when that place is missing or repeated', () => {
    const code = `precacheAndRoute(${INJECTION_POINT},{});`;
    const entries = [{ url: '/a$&b/', revision: '1' }];
    expect(withPrecacheList(code, entries)).toBe('precacheAndRoute([{"revision":"1","url":"/a$&b/"}],{});');
    expect(() => withPrecacheList('precacheAndRoute([]);', entries)).toThrow(/has 0 "self.__WB_MANIFEST".*sw-runtime\.ts/);
    expect(() => withPrecacheList(`${code}${code}`, entries)).toThrow(/has 2 "self.__WB_MANIFEST"/);
  });

  it('writes sizes as a reader reads them', () => {
    expect(downloadSize(1_123_456)).toBe('1.1 MB');
    expect(downloadSize(850_001)).toBe('851 KB');
  });

  it('makes a web app manifest scoped to the base path', () => {
    const manifest = JSON.parse(webManifest({ name: 'Guide', shortName: 'G', description: 'd', lang: 'en-GB', basePath: '/21cps/', themeColor: '#fff', background: '#fff' }));
    expect(manifest).toMatchObject({ start_url: '/21cps/', scope: '/21cps/', display: 'standalone', icons: [{ src: '/21cps/favicon.svg' }] });
  });
});
