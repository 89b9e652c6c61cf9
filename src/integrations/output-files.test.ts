import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputFiles, outputPages } from './output-files.ts';

const site = mkdtempSync(join(tmpdir(), 'output-files-'));
for (const file of ['index.html', 'themes/a/index.html', 'themes/a/notes.txt', '_astro/x.js', 'pagefind/fragment/en_1.pf_fragment', 'pagefind/p.html', 'deep/pagefind/q.html']) {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), 'x');
}
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('the built files', () => {
  it('lists every file, at any depth, relative to the site with "/" between folders', () => {
    expect(outputFiles(site).sort()).toEqual(['_astro/x.js', 'deep/pagefind/q.html', 'index.html', 'pagefind/fragment/en_1.pf_fragment', 'pagefind/p.html', 'themes/a/index.html', 'themes/a/notes.txt']);
  });
  it('lists only pages, and enters no folder named in skip, at any depth', () => {
    expect(outputPages(site, ['pagefind', '_astro']).sort()).toEqual(['index.html', 'themes/a/index.html']);
  });
});
