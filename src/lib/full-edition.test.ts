import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSchema } from './content/schemas.ts';
import { readContent } from './content/read.ts';
import { FULL, fileSizeLabel, formatReference, fullEditionContents, fullReportPdf } from './full-edition.ts';

const reports = Object.fromEntries(readContent('.').reports.map((r) => [r.file.replace(/^.*\/|\.yaml$/g, ''), reportSchema.parse(r.data)]));

describe('fullEditionContents', () => {
  const contents = fullEditionContents({
    report: [{ id: 'scope', text: 'Scope' }],
    themes: [
      { number: 1, title: 'One' },
      { number: 2, title: 'Two' },
    ],
    leadership: [{ id: 'willmott-comment', text: 'Comment' }],
    about: [{ id: 'sources', text: 'Sources' }],
  });
  it('has the four parts in reading order', () => {
    expect(contents.map((c) => c.text)).toEqual(['Report summary', 'The ten themes', 'The CIPD / PPMA findings', 'Sources and citation']);
  });
  it('prefixes every section id with its part, so ids stay unique', () => {
    const ids = contents.flatMap((c) => [c.id, ...(c.children ?? []).map((s) => s.id)]);
    expect(ids).toEqual(['report-summary', 'report-scope', 'themes', 'theme-1', 'theme-2', 'leadership-findings', 'leadership-willmott-comment', 'sources-and-citation', 'about-sources', 'references']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(FULL.theme(5).prefix).toBe('theme-5');
  });
});

describe('formatReference', () => {
  it('lists people by family name and initial', () => {
    const ref = formatReference(reports['inlogov-2014']!);
    expect(ref.authors).toBe('Needham, C. and Mangan, C.');
    expect(ref.year).toBe(2014);
    expect(ref.title).toBe('The 21st Century Public Servant');
    expect(ref.publication).toBe('Birmingham: University of Birmingham');
  });
  it('lists bodies by their full names when there is no named author', () => {
    const ref = formatReference(reports['cipd-ppma-2012']!);
    expect(ref.authors).toBe("Chartered Institute of Personnel and Development and Public Sector People Managers' Association");
    expect(ref.link.url).toMatch(/^https:\/\/www\.cipd\.co\.uk\//);
  });
});

describe('fullReportPdf', () => {
  it('is undefined until npm run pdf has written the file, then gives its path and size', () => {
    const root = mkdtempSync(join(tmpdir(), 'pdf-'));
    expect(fullReportPdf(root)).toBeUndefined();
    mkdirSync(join(root, 'public', 'downloads'), { recursive: true });
    writeFileSync(join(root, 'public', 'downloads', '21st-century-public-servant.pdf'), Buffer.alloc(2500));
    expect(fullReportPdf(root)).toEqual({ path: '/downloads/21st-century-public-servant.pdf', bytes: 2500 });
  });
  it('says sizes in KB or MB', () => {
    expect(fileSizeLabel(2500)).toBe('3 KB');
    expect(fileSizeLabel(1_250_000)).toBe('1.3 MB');
  });
});
