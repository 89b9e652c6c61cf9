import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasTable, aliasTargetProblems, readSearchAliases } from './search-aliases.ts';
import { textWords } from '../../shared/search-engine.ts';

function project(yaml: string): string {
  const root = mkdtempSync(join(tmpdir(), 'aliases-'));
  mkdirSync(join(root, 'content', 'search'), { recursive: true });
  writeFileSync(join(root, 'content', 'search', 'aliases.yaml'), yaml);
  return root;
}

describe('the search alias table', () => {
  it('reads the real table, and every entry lists words a reader types and words to search', () => {
    const aliases = readSearchAliases(process.cwd());
    const table = aliasTable(aliases.data);
    expect(table['cuts']).toContain('austerity');
    expect(table['hr']).toEqual(['people managers', 'personnel']);
  });
  it('names the file, line and field of a bad entry', () => {
    const root = project('aliases:\n  - words: [cuts]\n    search: [austerity]\n  - words: [HR]\n    search: []\n');
    expect(() => readSearchAliases(root)).toThrow(/content\/search\/aliases\.yaml:4 › aliases\.1\.words\.0: must be lower case/);
    expect(() => readSearchAliases(root)).toThrow(/aliases\.yaml:5 › aliases\.1\.search: must list at least one word/);
  });
  it('reports a word to search that is not in the site, with its line', () => {
    const root = project('aliases:\n  - words: [cuts]\n    search: [austerity, zebra crossing]\n');
    const problems = aliasTargetProblems(readSearchAliases(root), textWords('Permanent austerity: spending cuts. A zebra and a crossing.'));
    expect(problems).toEqual([{ file: 'content/search/aliases.yaml:3', field: 'aliases.0.search.1', message: '"zebra crossing" does not occur in the site\'s indexed text, so searching it finds nothing' }]);
  });
});
