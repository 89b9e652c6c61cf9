/**
 * The content model: one Zod schema per collection. src/content.config.ts hands these to
 * Astro's loaders, and validate-content.ts uses the same schemas before a build starts.
 */
import { z } from 'astro/zod';

export const THEME_COUNT = 10;

/** Section ids every theme body must have, in this order: all three are the guide's own reading. */
export const THEME_SECTION_IDS = ['in-brief', 'connections', 'questions'] as const;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const isoDate = z.coerce.date();

export const themeSchema = z.object({
  number: z.number().int().min(1).max(THEME_COUNT),
  slug,
  title: nonEmpty,
  statement: nonEmpty,
  description: nonEmpty.max(200),
  editorial: nonEmpty,
  related: z.array(slug).min(1, 'must name at least one finding id'),
  reviewed: isoDate,
});

/**
 * What each of the 2012 news item's five passages is: a finding it reports the research as
 * making, a call in its own voice, or a comment it quotes. Every label for a kind (headings,
 * the map's key, link text, search, open data) comes from findingKindLabel in src/lib/labels.ts.
 */
export const FINDING_KINDS = ['reported-finding', 'call', 'comment'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const findingSchema = z.object({
  order: z.number().int().min(1),
  kind: z.enum(FINDING_KINDS, {
    error: (issue) => `${issue.input === undefined ? 'is required but missing' : `is "${String(issue.input)}"`}; write one of: ${FINDING_KINDS.join(', ')}`,
  }),
  title: nonEmpty,
  summary: nonEmpty,
  quote: nonEmpty,
  attribution: nonEmpty,
  related: z.array(z.number().int().min(1).max(THEME_COUNT)).min(1, 'must name at least one theme number'),
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
    year: z.number().int().min(1900).max(2100),
    published: nonEmpty,
    /** ISO 8601 date of publication, as precise as is known: "2014-10-28" or "2012-11". */
    datePublished: z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
      .optional(),
    funder: nonEmpty.nullish(),
    bibtexKey: z.string().regex(/^[a-z0-9]+$/),
    links: z.array(z.object({ label: nonEmpty, url: z.url() })).min(1),
    seed: nonEmpty,
    confirmed: nonEmpty,
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
  url: z.url(),
  describedAs: nonEmpty.refine((text) => !/[[\]]/.test(text), 'must not contain square brackets: the citation adds them'),
  about: slug,
  bibtexKey: z.string().regex(/^[a-z0-9]+$/),
});

export const pageSchema = z.object({
  // With " — 21CPS Guide" appended, a browser tab title stays within 70 characters.
  title: nonEmpty.max(55),
  description: nonEmpty.max(200),
  reviewed: isoDate,
});

export type Theme = z.infer<typeof themeSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Report = z.infer<typeof reportSchema>;
export type Page = z.infer<typeof pageSchema>;
export type NewsItem = z.infer<typeof newsItemSchema>;
