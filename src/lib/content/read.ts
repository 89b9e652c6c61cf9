/** Reads the content folder from disk for validate-content.ts (Node only, used at build start). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ContentSet, RawEntry } from '../../integrations/content-check/validate-content.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function parseYamlOrReport(text: string, file: string): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    throw new Error(`${file} › frontmatter: is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

export function parseMdx(source: string, file: string): RawEntry {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error(`${file} › frontmatter: missing; start the file with a --- block`);
  return { file, data: parseYamlOrReport(match[1] ?? '', file), body: source.slice(match[0].length) };
}

function readFolder(root: string, folder: string, extension: RegExp): RawEntry[] {
  const dir = join(root, 'content', folder);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => extension.test(name)).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const path = join(dir, name);
    const file = relative(root, path).split('\\').join('/');
    const source = readFileSync(path, 'utf8');
    return name.endsWith('.mdx') ? parseMdx(source, file) : { file, data: parseYamlOrReport(source, file) };
  });
}

export function readContent(root: string): ContentSet {
  return {
    themes: readFolder(root, 'themes', /\.mdx$/),
    findings: readFolder(root, 'findings', /\.ya?ml$/),
    reports: readFolder(root, 'reports', /\.ya?ml$/),
    pages: readFolder(root, 'pages', /\.mdx$/),
  };
}

export function readCheckedFactsMarkdown(root: string): string {
  return readFileSync(join(root, 'content', 'sources', 'facts.md'), 'utf8');
}
