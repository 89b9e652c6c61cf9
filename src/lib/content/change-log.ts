/**
 * The site's change log, read once per build from the content folder through the one reader
 * (read.ts), for /updates/, /updates.xml and each page's "Last updated" line.
 */
import { changeLog, type ChangeRecord } from '../changes.ts';
import { readContent } from './read.ts';

let log: ChangeRecord[] | undefined;

export function siteChangeLog(root: string = process.cwd()): ChangeRecord[] {
  log ??= changeLog(readContent(root));
  return log;
}
