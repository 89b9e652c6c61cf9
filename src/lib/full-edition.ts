/**
 * The full-report edition (/report/full/): the whole reading content on one page, in order.
 * Its section ids are the canonical pages' ids with a prefix, so they stay unique and stable:
 * "theme-5-in-brief" is #in-brief on theme 5's page.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from './content/schemas.ts';
import { routes } from './urls.ts';

/** Ids of the four parts and the prefixes of the sections inside them. */
export const FULL = {
  contents: 'contents',
  report: { id: 'report-summary', prefix: 'report' },
  themes: { id: 'themes' },
  theme: (n: number) => ({ id: `theme-${n}`, prefix: `theme-${n}` }),
  leadership: { id: 'leadership-findings', prefix: 'leadership' },
  sources: { id: 'sources-and-citation', prefix: 'about', references: 'references' },
} as const;

export interface ContentsEntry {
  id: string;
  text: string;
  children?: ContentsEntry[];
}

interface Section {
  id: string;
  text: string;
}

/** The numbered contents list: four parts, each with its sections (ids already prefixed). */
export function fullEditionContents(parts: {
  report: Section[];
  themes: { number: number; title: string }[];
  leadership: Section[];
  about: Section[];
}): ContentsEntry[] {
  const within = (prefix: string, sections: Section[]) => sections.map((s) => ({ id: `${prefix}-${s.id}`, text: s.text }));
  return [
    { id: FULL.report.id, text: 'Report summary', children: within(FULL.report.prefix, parts.report) },
    { id: FULL.themes.id, text: 'The ten themes', children: parts.themes.map((t) => ({ id: FULL.theme(t.number).id, text: `Theme ${t.number}: ${t.title}` })) },
    { id: FULL.leadership.id, text: 'The CIPD / PPMA findings', children: within(FULL.leadership.prefix, parts.leadership) },
    {
      id: FULL.sources.id,
      text: 'Sources and citation',
      children: [...within(FULL.sources.prefix, parts.about), { id: FULL.sources.references, text: 'References' }],
    },
  ];
}

/** A reference list entry built from a report record: "Needham, C. and Mangan, C. (2014)". */
export function formatReference(report: Report): { authors: string; year: number; title: string; publication: string; link: { label: string; url: string } } {
  const names = report.authors.length
    ? report.authors.map((a) => `${a.family}, ${a.given.split(/\s+/).map((g) => `${g[0]}.`).join(' ')}`)
    : report.corporateAuthors;
  const authors = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
  return { authors, year: report.year, title: report.title, publication: `${report.place}: ${report.publisher}`, link: report.links[0] ?? { label: '', url: '' } };
}

/** The PDF that `npm run pdf` writes, when it exists: the build links it only then. */
export function fullReportPdf(root: string = process.cwd()): { path: string; bytes: number } | undefined {
  const file = join(root, 'public', routes.fullReportPdf);
  return existsSync(file) ? { path: routes.fullReportPdf, bytes: statSync(file).size } : undefined;
}

/** "1.2 MB", "640 KB": a file size as a reader would say it. */
export function fileSizeLabel(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} KB`;
}
