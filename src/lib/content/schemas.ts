/**
 * The content model: one Zod schema per collection. src/content.config.ts hands these to
 * Astro's loaders, and validate-content.ts uses the same schemas before a build starts.
 */
import { z } from 'astro/zod';
import { unsafeUrlReason } from './safe-url.ts';

export const THEME_COUNT = 10;

/** The two reports' record ids (content/reports/<id>.yaml). */
export const REPORT_IDS = { inlogov: 'inlogov-2014', cipd: 'cipd-ppma-2012' } as const;

// `.describe()` says what a field expects; field-messages.ts puts it into error messages.
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens').describe('lowercase words joined by hyphens, e.g. fluid-careers');

/** Section ids every theme body must have, in this order: all three are the guide's own reading. */
export const THEME_SECTION_IDS = ['in-brief', 'connections', 'questions'] as const;
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const isoDate = z.coerce.date().describe('a date written YYYY-MM-DD');
const sectionId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a section id such as in-brief');

/** The first entry of every change history: the file's first commit. */
export const FIRST_VERSION = 'First version';

/**
 * A file's change history, oldest first: "First version" on the day its content was first
 * committed, then one line per real change. Written by hand (never read from git at build time).
 */
export const changesSchema = z
  .array(z.object({ date: isoDate, summary: nonEmpty.max(240), section: sectionId.optional() }).strict())
  .min(1, 'must start with the first version')
  .refine((changes) => changes[0]?.summary === FIRST_VERSION, { message: `must start with { summary: "${FIRST_VERSION}" }` })
  .refine((changes) => changes.every((change, i) => i === 0 || change.date >= changes[i - 1]!.date), { message: 'must be in date order, oldest first' });

export type Change = z.infer<typeof changesSchema>[number];

const themeNumber = z.number().int().min(1).max(THEME_COUNT).describe(`a whole number 1–${THEME_COUNT}`);

/**
 * Length limits, in characters, so a pasted-in paragraph cannot become a title. Each fits where
 * the text is shown: titles in the browser tab ("N. Title — 21CPS Guide" within about 70),
 * in the header of cards and in the previous/next links; descriptions in search results
 * (about 160 are shown; 200 allows a little over); statements, summaries and quotes as a few
 * sentences in a card or a pull quote. Longest in the content when set: theme title 28, page title
 * 51, finding title 57, description 150, statement 123, editorial note 278, summary 476, quote 938.
 */
export const LIMITS = { shortTitle: 55, title: 120, description: 200, statement: 400, note: 600, summary: 600, quote: 1200, name: 120 } as const;
const text = (max: number, why: string) => nonEmpty.max(max, `must be at most ${max} characters (${why})`);
const safeUrl = z.string().superRefine((url, context) => {
  const reason = unsafeUrlReason(url);
  if (reason) context.addIssue({ code: 'custom', message: `${JSON.stringify(url)}: ${reason}` });
});

export const themeSchema = z.object({
  number: themeNumber,
  slug,
  title: text(LIMITS.shortTitle, 'it is the tab title, the card heading and the previous/next link'),
  statement: text(LIMITS.statement, 'it is shown as a pull quote and on the workshop cards'),
  description: text(LIMITS.description, 'search results show about 160'),
  editorial: text(LIMITS.note, 'a note of a sentence or two under the statement'),
  related: z.array(slug).min(1, 'must name at least one finding id').describe('a list of finding ids, e.g. [willmott-comment]'),
  reviewed: isoDate,
  changes: changesSchema,
});

/**
 * What each of the 2012 news item's five passages is: a finding it reports the research as
 * making, a call in its own voice, or a comment it quotes. Every label for a kind (headings,
 * the map's key, link text, search, open data) comes from findingKindLabel in src/lib/labels.ts.
 */
export const FINDING_KINDS = ['reported-finding', 'call', 'comment'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const findingSchema = z.object({
  order: z.number().int().min(1).describe('a whole number from 1'),
  kind: z.enum(FINDING_KINDS).describe(`one of ${FINDING_KINDS.join(', ')}`),
  title: text(LIMITS.title, 'it is a section heading and a link text'),
  summary: text(LIMITS.summary, 'the guide’s summary, published in the open data (findings.json)'),
  quote: text(LIMITS.quote, 'a quotation of a few sentences'),
  attribution: text(LIMITS.name, 'who said it, in a line'),
  related: z.array(themeNumber).min(1, 'must name at least one theme number').describe('a list of theme numbers, e.g. [1, 4]'),
  changes: changesSchema,
});

const person = z.object({ given: nonEmpty, family: nonEmpty, honorific: nonEmpty.optional() });

export const reportSchema = z
  .object({
    title: nonEmpty,
    shortName: nonEmpty,
    authors: z.array(person).default([]),
    corporateAuthors: z.array(nonEmpty).default([]),
    contributors: z.array(nonEmpty).default([]),
    publisher: nonEmpty,
    institution: nonEmpty,
    place: nonEmpty,
    year: z.number().int().min(1900).max(2100).describe('a year from 1900 to 2100'),
    published: nonEmpty,
    /** ISO 8601 date of publication, as precise as is known: "2014-10-28" or "2012-11". */
    datePublished: z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
      .optional(),
    funder: nonEmpty.nullish(),
    bibtexKey: z.string().regex(/^[a-z0-9]+$/),
    links: z.array(z.object({ label: nonEmpty, url: z.url().pipe(safeUrl) })).min(1),
    seed: nonEmpty,
    confirmed: nonEmpty,
    changes: changesSchema,
  })
  .refine((report) => report.authors.length + report.corporateAuthors.length > 0, {
    message: 'needs authors or corporateAuthors',
    path: ['authors'],
  })
  .refine((report) => !report.datePublished || report.datePublished.startsWith(String(report.year)), {
    message: 'must be in the report’s year',
    path: ['datePublished'],
  });

/**
 * A news item the guide quotes (content/news-items/): the 2012 text is PublicNet's news item about
 * the CIPD / PPMA report, not the report. It has no headline in the sources, so it is cited by a
 * bracketed description (APA 7 for an untitled work): `describedAs` followed by the title of the
 * report it is `about` (its id in content/reports/), taken from that report's record.
 */
export const newsItemSchema = z.object({
  publisher: nonEmpty,
  date: isoDate,
  url: z.url().pipe(safeUrl),
  describedAs: nonEmpty.refine((text) => !/[[\]]/.test(text), 'must not contain square brackets: the citation adds them'),
  about: slug,
  bibtexKey: z.string().regex(/^[a-z0-9]+$/),
  changes: changesSchema,
});

export const pageSchema = z.object({
  title: text(LIMITS.shortTitle, 'with " — 21CPS Guide" the tab title stays within 70'),
  description: text(LIMITS.description, 'search results show about 160'),
  reviewed: isoDate,
  changes: changesSchema,
});

/**
 * The props of the components content may use (src/components/mdx/index.ts), each a literal in
 * the MDX: the content check refuses any other prop or value, so a bad one is reported with its
 * file and line instead of failing while the page renders.
 */
export const mdxComponentProps = {
  ThemeLink: z.strictObject({ number: themeNumber }),
  FindingLink: z.strictObject({ id: slug }),
  TenThemes: z.strictObject({}),
  ContactLink: z.strictObject({ purpose: z.enum(['accessibility', 'corrections']).optional() }),
} as const;

export type Theme = z.infer<typeof themeSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Report = z.infer<typeof reportSchema>;
export type Page = z.infer<typeof pageSchema>;
export type NewsItem = z.infer<typeof newsItemSchema>;

/** content/search/aliases.yaml: plain-English words and the site's words also searched for them. */
const aliasWord = z.string().trim().min(1, 'must not be empty').refine((w) => w === w.toLowerCase(), 'must be lower case');
export const searchAliasesSchema = z.object({
  aliases: z
    .array(
      z.object({
        words: z.array(aliasWord).min(1, 'must list at least one word a reader types'),
        search: z.array(aliasWord).min(1, 'must list at least one word of the site to search'),
      }),
    )
    .min(1, 'must list at least one alias'),
});
export type SearchAliases = z.infer<typeof searchAliasesSchema>;
