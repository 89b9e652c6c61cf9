/** Content collections: where each kind of content lives and the schema it must meet. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { findingSchema, newsItemSchema, pageSchema, reportSchema, themeSchema } from './lib/content/schemas.ts';

// Theme files are named "05-publicness-and-commerciality.mdx"; the slug in the frontmatter is the id.
const themes = defineCollection({
  loader: glob({ base: './content/themes', pattern: '*.mdx', generateId: ({ data }) => String(data['slug']) }),
  schema: themeSchema,
});

const findings = defineCollection({
  loader: glob({ base: './content/findings', pattern: '*.yaml' }),
  schema: findingSchema,
});

const reports = defineCollection({
  loader: glob({ base: './content/reports', pattern: '*.yaml' }),
  schema: reportSchema,
});

// The news item the 2012 quotations come from: a source of its own, about a report.
const newsItems = defineCollection({
  loader: glob({ base: './content/news-items', pattern: '*.yaml' }),
  schema: newsItemSchema,
});

const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '*.mdx' }),
  schema: pageSchema,
});

export const collections = { themes, findings, reports, newsItems, pages };
