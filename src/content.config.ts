/** Content collections: where each kind of content lives and the schema it must meet (one rule with the content check: COLLECTIONS in src/lib/content/read.ts). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, collectionPattern } from './lib/content/read.ts';

const base = (name: keyof typeof COLLECTIONS) => `./content/${COLLECTIONS[name].folder}`;

// Theme files are named "05-publicness-and-commerciality.mdx"; the slug in the frontmatter is the id.
const themes = defineCollection({
  loader: glob({ base: base('themes'), pattern: collectionPattern('themes'), generateId: ({ data }) => String(data['slug']) }),
  schema: COLLECTIONS.themes.schema,
});

const findings = defineCollection({
  loader: glob({ base: base('findings'), pattern: collectionPattern('findings') }),
  schema: COLLECTIONS.findings.schema,
});

const reports = defineCollection({
  loader: glob({ base: base('reports'), pattern: collectionPattern('reports') }),
  schema: COLLECTIONS.reports.schema,
});

// The news item the 2012 quotations come from: a source of its own, about a report.
const newsItems = defineCollection({
  loader: glob({ base: base('newsItems'), pattern: collectionPattern('newsItems') }),
  schema: COLLECTIONS.newsItems.schema,
});

const pages = defineCollection({
  loader: glob({ base: base('pages'), pattern: collectionPattern('pages') }),
  schema: COLLECTIONS.pages.schema,
});

export const collections = { themes, findings, reports, newsItems, pages };
