/**
 * The guide's change log: every content file's `changes:` (src/lib/content/schemas.ts), as
 * changes to the pages readers see. A theme file changes its theme page, a finding changes
 * its section of /leadership/, a report record changes the page that describes the report.
 * Pure functions over the content; /updates/, /updates.xml and "Last updated" read them.
 */
import type { Change, Finding, Page, Report, Theme } from './content/schemas.ts';
import { isoDate } from './dates.ts';
import { reportPagePath } from './pages.ts';
import { routes } from './urls.ts';

/** What the log needs from the content (the shape of `Content` in src/lib/content/read.ts). */
export interface ChangeSources {
  themes: { id: string; file: string; data: Pick<Theme, 'number' | 'slug' | 'title' | 'changes'> }[];
  findings: { id: string; file: string; data: Pick<Finding, 'title' | 'changes'> }[];
  reports: { id: string; file: string; data: Pick<Report, 'shortName' | 'changes'> }[];
  pages: { id: string; file: string; data: Pick<Page, 'title' | 'changes'> }[];
}

export interface ChangeRecord extends Change {
  /** The content file it was made in, e.g. "content/themes/04-fluid-careers.mdx". */
  file: string;
  /** Its position in that file's list: with `file`, what makes its feed id stable. */
  index: number;
  /** The page it changed, base-free ("/themes/fluid-careers/"). */
  page: string;
  /** What the change is to, e.g. "Theme 4: Fluid careers" or "Finding: …". */
  label: string;
  /** Where to read it: the page, with the section changed when the change names one. */
  href: string;
}

const PAGE_ROUTES: Record<string, string> = {
  report: routes.report,
  leadership: routes.leadership,
  about: routes.about,
  accessibility: routes.accessibility,
};

function records(file: string, changes: Change[], page: string, label: string, fragment?: string): ChangeRecord[] {
  return changes.map((change, index) => {
    const section = change.section ?? fragment;
    return { ...change, file, index, page, label, href: section ? `${page}#${section}` : page };
  });
}

/** Every change to the guide, newest first (same day: in reading order, then as listed in the file). */
export function changeLog(content: ChangeSources): ChangeRecord[] {
  const pageFor = (id: string, file: string, table: Record<string, string | undefined>) => {
    const page = table[id];
    if (!page) throw new Error(`${file} › changes: no page of the guide shows this file, so its changes have nowhere to link`);
    return page;
  };
  const all = [
    ...content.pages
      .filter((p) => p.id === 'report')
      .flatMap((p) => records(p.file, p.data.changes, routes.report, `Report summary: ${p.data.title}`)),
    ...content.reports.flatMap((r) =>
      records(r.file, r.data.changes, pageFor(r.id, r.file, { [r.id]: reportPagePath(r.id) }), `Record of the ${r.data.shortName}`),
    ),
    ...[...content.themes]
      .sort((a, b) => a.data.number - b.data.number)
      .flatMap((t) => records(t.file, t.data.changes, routes.theme(t.data.slug), `Theme ${t.data.number}: ${t.data.title}`)),
    ...content.pages
      .filter((p) => p.id !== 'report')
      .flatMap((p) => records(p.file, p.data.changes, pageFor(p.id, p.file, PAGE_ROUTES), p.data.title)),
    ...content.findings.flatMap((f) => records(f.file, f.data.changes, routes.leadership, `Finding: ${f.data.title}`, f.id)),
  ];
  // A stable sort keeps reading order within a day.
  return all.map((record, order) => ({ record, order })).sort((a, b) => b.record.date.getTime() - a.record.date.getTime() || a.order - b.order).map(({ record }) => record);
}

/** The newest change to a page (base-free path), from any file it shows; undefined when none. */
export function lastUpdated(log: readonly ChangeRecord[], page: string): Date | undefined {
  return log.find((record) => record.page === page)?.date;
}

/** The changes grouped by day, newest day first, for /updates/. */
export function changesByDay(log: readonly ChangeRecord[]): { day: string; date: Date; changes: ChangeRecord[] }[] {
  const days = new Map<string, { day: string; date: Date; changes: ChangeRecord[] }>();
  for (const record of log) {
    const day = isoDate(record.date);
    const group = days.get(day) ?? { day, date: record.date, changes: [] };
    group.changes.push(record);
    days.set(day, group);
  }
  return [...days.values()];
}

/** The id of a day's section on /updates/: "changes-2026-12-01". Dates never change, so neither does it. */
export function dayId(date: Date): string {
  return `changes-${isoDate(date)}`;
}

/**
 * A change's Atom id: a tag URI (RFC 4151) from the site's host, the day and the file and its
 * place in that file's list. Rebuilding never changes it; adding a change adds a new one.
 */
export function changeId(record: Pick<ChangeRecord, 'file' | 'index' | 'date'>, siteUrl: string): string {
  const host = new URL(siteUrl).hostname;
  return `tag:${host},${isoDate(record.date)}:${record.file}/changes/${record.index}`;
}
