/**
 * The content model: one Zod schema per collection. src/content.config.ts hands these to
 * Astro's loaders, and validate-content.ts uses the same schemas before a build starts.
 */
import { z } from 'astro/zod';

export const THEME_COUNT = 10;

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

export const findingSchema = z.object({
  order: z.number().int().min(1),
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
