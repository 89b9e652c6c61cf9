/**
 * The search alias table, content/search/aliases.yaml: read through the content reader,
 * validated with its schema, turned into the table the search engine uses, and checked against
 * the site's indexed text (every word to search must occur in it, or the alias would find nothing).
 * Problems name the file, the line and the field.
 */
import { LineCounter, parseDocument } from 'yaml';
import { ContentCheckError, formatProblems, readYamlFile, validateEntry, type ContentProblem } from './read.ts';
import { searchAliasesSchema, type SearchAliases } from './schemas.ts';
import { textWords, type AliasTable } from '../../shared/search-engine.ts';

export const ALIASES_FILE = 'content/search/aliases.yaml';

export interface AliasFile {
  file: string;
  source: string;
  data: SearchAliases;
}

/** The line of the value at `path` (e.g. ['aliases', 3, 'search', 1]) in a YAML text, when it can be found. */
export function lineOf(source: string, path: (string | number)[]): number | undefined {
  const lines = new LineCounter();
  const document = parseDocument(source, { lineCounter: lines });
  for (let depth = path.length; depth > 0; depth--) {
    const node = document.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

const withLine = (problem: ContentProblem, source: string): ContentProblem => {
  const line = lineOf(source, problem.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)));
  return line ? { ...problem, file: `${problem.file}:${line}` } : problem;
};

/** Reads and validates the alias file; throws a ContentCheckError naming file, line and field. */
export function readSearchAliases(root: string, file = ALIASES_FILE): AliasFile {
  const entry = readYamlFile(root, file);
  const result = validateEntry(searchAliasesSchema, entry);
  if (!result.data) throw new ContentCheckError(formatProblems(result.problems.map((p) => withLine(p, entry.source))));
  return { file, source: entry.source, data: result.data };
}

/** The engine's table: each word a reader types → the site's words searched for it. */
export function aliasTable(aliases: SearchAliases): AliasTable {
  const table: Record<string, string[]> = {};
  for (const { words, search } of aliases.aliases) {
    for (const word of words) table[word] = [...new Set([...(table[word] ?? []), ...search])];
  }
  return table;
}

/** Problems for every word to search that does not occur, as a whole word or phrase, in the site's words (`siteWords`, as textWords reads them). */
export function aliasTargetProblems(aliases: AliasFile, siteWords: readonly string[]): ContentProblem[] {
  const text = ` ${siteWords.join(' ')} `;
  const problems: ContentProblem[] = [];
  aliases.data.aliases.forEach(({ search }, i) => {
    search.forEach((target, j) => {
      if (text.includes(` ${textWords(target).join(' ')} `)) return;
      problems.push(withLine({ file: aliases.file, field: `aliases.${i}.search.${j}`, message: `"${target}" does not occur in the site's indexed text, so searching it finds nothing` }, aliases.source));
    });
  });
  return problems;
}
