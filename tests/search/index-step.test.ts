/** The index step (src/integrations/search/index.ts) on small sites of its own: good and bad input. */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, indexedText, pagesMarkedForIndex, readPagesForIndex, SearchIndexError, searchIndexWritesSettled, writeSearchHelp } from '../../src/integrations/search/index.ts';

const dirs: string[] = [];
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  dirs.push(dir);
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), `<!doctype html><html lang="en-GB"><head><title>t</title></head><body>${body}</body></html>`);
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the index step', () => {
  it('indexes exactly the pages marked data-pagefind-body and writes dist/pagefind/', async () => {
    const dir = site({
      'index.html': '<nav>Home</nav>',
      'themes/a/index.html': '<main data-pagefind-body><h1>Fluid careers</h1><h2 id="in-brief">In brief</h2><p>Careers across sectors.</p></main>',
      'about/index.html': '<main data-pagefind-body><h1>About</h1></main>',
    });
    expect(pagesMarkedForIndex(dir)).toEqual(['about/index.html', 'themes/a/index.html']);
    const { pages, outputPath } = await buildSearchIndex(dir);
    expect(pages).toBe(2);
    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['en-gb']);
    expect(readFileSync(join(outputPath, 'pagefind.js'), 'utf8').length).toBeGreaterThan(1000);
    expect(existsSync(join(outputPath, 'pagefind-component-ui.js')), 'the Component UI is replaced by the site’s own').toBe(false);
    expect(existsSync(join(outputPath, 'pagefind-ui.js')), 'the unused Default UI is removed').toBe(false);
  });
  it('has read the pages once readPagesForIndex resolves, so the build may change them while the index is written', async () => {
    const dir = site({ 'themes/a/index.html': '<main data-pagefind-body><h1>Fluid careers</h1><p>Careers across sectors.</p></main>' });
    const { written } = await readPagesForIndex(dir);
    // What the host step does meanwhile (its own page text would not change; this shows the index does not follow).
    writeFileSync(join(dir, 'themes/a/index.html'), '<!doctype html><html lang="en-GB"><head><title>t</title></head><body><main data-pagefind-body><h1>Rewritten</h1></main></body></html>');
    const { pages } = await written;
    expect(pages).toBe(1);
    expect(indexedText(dir).join(' ')).toContain('Careers across sectors.');
    expect(indexedText(dir).join(' ')).not.toContain('Rewritten');
  });
  it('lets a failed build wait until Pagefind has stopped writing into its output', async () => {
    const dir = site({ 'themes/a/index.html': '<main data-pagefind-body><h1>Fluid careers</h1></main>' });
    await readPagesForIndex(dir); // its `written` never awaited, as when a later step fails
    await searchIndexWritesSettled();
    expect(existsSync(join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });
  it('stops with a clear message when no page is marked for the index', async () => {
    const dir = site({ 'index.html': '<main><h1>Nothing marked</h1></main>' });
    await expect(buildSearchIndex(dir)).rejects.toThrow(SearchIndexError);
    await expect(buildSearchIndex(dir)).rejects.toThrow(/no page in .* has data-pagefind-body/);
  });
  it('writes the vocabulary from the indexed text, and stops naming file, line and field when an alias target is not in it', async () => {
    const dir = site({ 'themes/a/index.html': '<main data-pagefind-body><h1>Fluid careers</h1><p>Careers across sectors and permanent austerity.</p></main>' });
    await buildSearchIndex(dir);
    const root = mkdtempSync(join(tmpdir(), 'search-root-'));
    dirs.push(root);
    mkdirSync(join(root, 'content', 'search'), { recursive: true });
    writeFileSync(join(root, 'content', 'search', 'aliases.yaml'), 'aliases:\n  - words: [cuts]\n    search: [austerity]\n');
    const help = await writeSearchHelp(root, dir);
    const words = JSON.parse(readFileSync(join(dir, 'pagefind', 'vocabulary.json'), 'utf8')) as string[];
    expect(words).toContain('careers');
    expect(help.words).toBe(words.length);
    writeFileSync(join(root, 'content', 'search', 'aliases.yaml'), 'aliases:\n  - words: [cuts]\n    search: [austerity, budgets]\n');
    await expect(writeSearchHelp(root, dir)).rejects.toThrow(/content\/search\/aliases\.yaml:3 › aliases\.0\.search\.1: "budgets" does not occur/);
  });
});
