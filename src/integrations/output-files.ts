/**
 * The files of a built site, for the steps that work on Astro's output after the build (EPUB,
 * search index, host files, offline copy): one walk of the folder, read as directory entries
 * (a stat per file took about twice as long at 1,000 pages).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, as a path relative to it with "/" between folders; `skip`: names of folders not to enter, at any depth. */
export function outputFiles(dir: string, skip: readonly string[] = []): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!skip.includes(entry.name)) walk(path);
      } else files.push(path);
    }
  };
  walk('');
  return files;
}

/** The HTML pages under `dir` (outputFiles), outside the folders in `skip`. */
export const outputPages = (dir: string, skip: readonly string[] = []): string[] => outputFiles(dir, skip).filter((path) => path.endsWith('.html'));
