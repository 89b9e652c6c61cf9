import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseBuildDate } from './build-info.ts';
import {
  apaPage,
  apaReport,
  bibtexEscape,
  bibtexPage,
  bibtexReport,
  citationHtml,
  citationMarkdown,
  citationText,
  harvardPage,
  harvardReport,
  initials,
  newsItemCitations,
  pageBibtexKey,
  sentenceCase,
} from './citations.ts';
import { newsItemSchema, reportSchema } from './content/schemas.ts';

const facts = readFileSync('content/sources/facts.md', 'utf8');
const worked = facts.slice(facts.indexOf('## Citations, worked examples'));
const [inlogovExamples = '', cipdExamples = ''] = worked.split(/\nCIPD \/ PPMA report:\n/);
const example = (block: string, label: string) => new RegExp(`^- ${label}: (.*)$`, 'm').exec(block)?.[1];
const bibtex = (block: string) => /```\n(@[\s\S]*?)\n```/.exec(block)?.[1];
const record = (id: string) => reportSchema.parse(parseYaml(readFileSync(`content/reports/${id}.yaml`, 'utf8')));

describe.each([
  ['INLOGOV report', 'inlogov-2014', inlogovExamples],
  ['CIPD / PPMA report', 'cipd-ppma-2012', cipdExamples],
])('citations of the %s match the worked examples in facts.md', (_name, id, block) => {
  const report = record(id);
  it('APA 7', () => {
    expect(example(block, 'APA 7')).toBeTruthy();
    expect(citationMarkdown(apaReport(report))).toBe(example(block, 'APA 7'));
  });
  it('Harvard (Cite Them Right)', () => {
    expect(example(block, 'Harvard \\(Cite Them Right\\)')).toBeTruthy();
    expect(citationMarkdown(harvardReport(report))).toBe(example(block, 'Harvard \\(Cite Them Right\\)'));
  });
  it('BibTeX', () => {
    expect(bibtex(block)).toMatch(/^@techreport/);
    expect(bibtexReport(report)).toBe(bibtex(block));
  });
});

describe('citations of the PublicNet news item (content/news-items/)', () => {
  const item = newsItemSchema.parse(parseYaml(readFileSync('content/news-items/publicnet-2012-12-03.yaml', 'utf8')));
  const citations = newsItemCitations(item, record(item.about));
  const url = 'http://www.publicnet.co.uk/news/2012/12/03/call-for-new-model-of-values-based-leadership/';
  it('names PublicNet and the date, and describes the untitled item in brackets with the report’s title from its record (APA 7)', () => {
    expect(citationMarkdown(citations.apa)).toBe(
      `PublicNet. (2012, December 3). [News item on the CIPD and PPMA report *Leading culture change: Employee engagement and public service transformation*]. ${url}`,
    );
  });
  it('in Harvard (Cite Them Right), with the day and month after the description', () => {
    expect(citationMarkdown(citations.harvard)).toBe(
      `PublicNet (2012) [News item on the CIPD and PPMA report *Leading culture change: employee engagement and public service transformation*], 3 December. Available at: ${url}.`,
    );
  });
  it('in BibTeX, as @misc with the description as its title', () => {
    expect(citations.bibtex).toBe(
      [
        '@misc{publicnet2012,',
        '  author       = {{PublicNet}},',
        '  title        = {[News item on the CIPD and PPMA report \\emph{Leading Culture Change: Employee Engagement and Public Service Transformation}]},',
        '  howpublished = {PublicNet},',
        '  year         = {2012},',
        '  date         = {2012-12-03},',
        `  url          = {${url}}`,
        '}',
      ].join('\n'),
    );
  });
  it('never takes a headline from the URL or calls it a CIPD and PPMA news item', () => {
    for (const text of [citationText(citations.apa), citationText(citations.harvard), citations.bibtex]) {
      expect(text).not.toMatch(/call for new model|CIPD and PPMA news item/i);
    }
  });
});

describe('name and title helpers', () => {
  it('abbreviates given names to initials', () => {
    expect(initials('Catherine')).toBe('C.');
    expect(initials('Jean-Paul')).toBe('J.-P.');
    expect(initials('Mary Ann')).toBe('M. A.');
  });
  it('puts titles in sentence case, keeping acronyms', () => {
    expect(sentenceCase('The 21st Century Public Servant', 'upper')).toBe('The 21st century public servant');
    expect(sentenceCase('Boosting HR Performance: The INLOGOV View', 'upper')).toBe('Boosting HR performance: The INLOGOV view');
    expect(sentenceCase('Boosting HR Performance: The INLOGOV View', 'lower')).toBe('Boosting HR performance: the INLOGOV view');
  });
  it('lists three or more APA authors with a serial comma and Harvard authors without', () => {
    const report = {
      ...record('inlogov-2014'),
      authors: [
        { given: 'Catherine', family: 'Needham' },
        { given: 'Catherine', family: 'Mangan' },
        { given: 'Helen', family: 'Dickinson' },
      ],
    };
    expect(citationText(apaReport(report))).toMatch(/^Needham, C., Mangan, C., & Dickinson, H\. \(2014\)\./);
    expect(citationText(harvardReport(report))).toMatch(/^Needham, C., Mangan, C\. and Dickinson, H\. \(2014\) /);
  });
  it('escapes BibTeX special characters and dashes', () => {
    expect(bibtexEscape('Money & Management — 50% of #1_s')).toBe('Money \\& Management --- 50\\% of \\#1\\_s');
  });
});

describe('citing a page of the guide', () => {
  const page = {
    title: 'Theme 4: Fluid careers',
    url: 'https://guide.example/themes/fluid-careers/',
    siteName: '21st Century Public Servant — Research Guide',
    date: new Date('2026-11-24'),
    accessed: new Date('2026-11-26T15:00:00Z'),
    key: pageBibtexKey('/themes/fluid-careers/'),
  };
  it('APA 7 gives the review date, and the build date as the retrieval date', () => {
    expect(citationMarkdown(apaPage(page))).toBe(
      '21st Century Public Servant — Research Guide. (2026, November 24). *Theme 4: Fluid careers*. Retrieved November 26, 2026, from https://guide.example/themes/fluid-careers/',
    );
  });
  it('Harvard gives the URL and the date accessed', () => {
    expect(citationMarkdown(harvardPage(page))).toBe(
      '21st Century Public Servant — Research Guide (2026) *Theme 4: Fluid careers*. Available at: https://guide.example/themes/fluid-careers/ (Accessed: 26 November 2026).',
    );
  });
  it('BibTeX is a @misc entry with the URL and date accessed', () => {
    expect(bibtexPage(page)).toBe(
      [
        '@misc{cpsguide-themes-fluid-careers,',
        '  author  = {{21st Century Public Servant --- Research Guide}},',
        '  title   = {Theme 4: Fluid careers},',
        '  year    = {2026},',
        '  url     = {https://guide.example/themes/fluid-careers/},',
        '  urldate = {2026-11-26},',
        '  note    = {Accessed 26 November 2026}',
        '}',
      ].join('\n'),
    );
  });
  it('renders italics in HTML, escaped', () => {
    expect(citationHtml(['A & B (2012) ', { italic: '<Title>' }, '.'])).toBe('A &amp; B (2012) <i>&lt;Title&gt;</i>.');
  });
  it('keys pages by path', () => {
    expect(pageBibtexKey('/')).toBe('cpsguide');
    expect(pageBibtexKey('/report/')).toBe('cpsguide-report');
  });
});

describe('the build date', () => {
  it('is now, unless SOURCE_DATE_EPOCH fixes it', () => {
    const now = new Date('2026-01-02T03:04:05Z');
    expect(parseBuildDate(undefined, () => now)).toBe(now);
    expect(parseBuildDate('1700000000').toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(() => parseBuildDate('yesterday')).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
