/**
 * The query test set: what readers type, and the page section that must come back among the
 * top three page results or the sections listed under them (tests/search/queries.test.ts runs
 * it against the built index). Most queries use a reader's own words rather than the words of
 * the heading they should land on; the test checks that at least half do.
 *
 * When a query misses, improve the content's weighting or metadata; do not weaken the query.
 */
import type { SearchState } from '../../src/shared/search.ts';

export type QueryTag = 'theme' | 'finding' | 'report' | 'about' | 'word-form' | 'name' | 'phrase' | 'quoted' | 'filter';

export interface SearchQuery {
  query: string;
  /** Root-relative URL, with the #section where one applies. */
  expect: string;
  filters?: Partial<SearchState['filters']>;
  tags: QueryTag[];
}

export const queries: SearchQuery[] = [
  // Theme 1: Municipal entrepreneur
  { query: 'municipal entrepreneur', expect: '/themes/municipal-entrepreneur/', tags: ['theme', 'phrase'] },
  { query: 'entrepreneurs', expect: '/themes/municipal-entrepreneur/', tags: ['theme', 'word-form'] },
  { query: 'wide range of roles', expect: '/themes/municipal-entrepreneur/', tags: ['theme', 'phrase'] },
  // Theme 2: Shared humanity
  { query: 'citizens', expect: '/themes/shared-humanity/', tags: ['theme'] },
  { query: '"pooled expertise"', expect: '/themes/shared-humanity/', tags: ['theme', 'quoted', 'phrase'] },
  // Theme 3: Generic skills
  { query: 'recruiting', expect: '/themes/generic-skills/', tags: ['theme', 'word-form'] },
  { query: 'technical expertise', expect: '/themes/generic-skills/', tags: ['theme', 'phrase'] },
  // Theme 4: Fluid careers
  { query: 'careers', expect: '/themes/fluid-careers/', tags: ['theme', 'word-form'] },
  { query: 'moving between sectors', expect: '/themes/fluid-careers/', tags: ['theme', 'word-form'] },
  // Theme 5: Publicness and commerciality
  { query: 'commerciality', expect: '/themes/publicness-and-commerciality/', tags: ['theme'] },
  { query: 'public service ethos', expect: '/themes/publicness-and-commerciality/', tags: ['theme', 'phrase'] },
  // Theme 6: Permaausterity
  { query: 'permanent austerity', expect: '/themes/permaausterity/#in-brief', tags: ['theme'] },
  { query: 'spending cuts', expect: '/themes/permaausterity/', tags: ['theme', 'word-form'] },
  // Theme 7: Fluid organisations
  { query: 'theme 7', expect: '/themes/fluid-organisations/', tags: ['theme'] },
  { query: 'silos', expect: '/themes/fluid-organisations/', tags: ['theme', 'word-form'] },
  { query: 'supportive organisation', expect: '/themes/fluid-organisations/', tags: ['theme', 'word-form'] },
  // Theme 8: Distributed leadership
  { query: 'heroic leadership', expect: '/themes/distributed-leadership/', tags: ['theme', 'phrase'] },
  { query: 'leaders', expect: '/themes/distributed-leadership/', tags: ['theme', 'word-form'] },
  { query: 'lone hero', expect: '/themes/distributed-leadership/#in-brief', tags: ['theme'] },
  // Theme 9: Rooted in locality
  { query: 'loyalty and identity', expect: '/themes/rooted-in-locality/', tags: ['theme', 'phrase'] },
  { query: 'neighbourhood', expect: '/themes/rooted-in-locality/#in-brief', tags: ['theme'] },
  // Theme 10: Reflective practice
  { query: 'learning from others', expect: '/themes/reflective-practice/', tags: ['theme', 'word-form'] },
  { query: 'reflecting on practice', expect: '/themes/reflective-practice/', tags: ['theme', 'word-form'] },

  // The five CIPD / PPMA findings, sections of /leadership/
  { query: 'values-based leadership', expect: '/leadership/#new-model-of-leadership', tags: ['finding', 'phrase'] },
  { query: 'localism agenda', expect: '/leadership/#new-model-of-leadership', tags: ['finding'] },
  { query: 'customer-centric', expect: '/leadership/#staff-shape-values', tags: ['finding'] },
  { query: 'involving staff in new values', expect: '/leadership/#staff-shape-values', tags: ['finding', 'phrase'] },
  { query: 'cost cutting', expect: '/leadership/#change-takes-time', tags: ['finding', 'phrase'] },
  { query: 'boardroom to the front line', expect: '/leadership/#change-takes-time', tags: ['finding', 'phrase'] },
  { query: 'executive board', expect: '/leadership/#leadership-beyond-the-board', tags: ['finding', 'phrase'] },
  { query: 'changing customer requirements', expect: '/leadership/#leadership-beyond-the-board', tags: ['finding', 'phrase'] },
  { query: 'Ben Willmott', expect: '/leadership/#willmott-comment', tags: ['finding', 'name'] },
  { query: 'command and control', expect: '/leadership/#willmott-comment', tags: ['finding', 'phrase'] },
  { query: '"final salary pension"', expect: '/leadership/#willmott-comment', tags: ['finding', 'quoted', 'phrase'] },
  { query: 'Sutton', expect: '/leadership/#who-took-part', tags: ['finding', 'name'] },
  { query: 'police and fire services', expect: '/leadership/#who-took-part', tags: ['finding', 'phrase'] },
  { query: 'David MacLeod', expect: '/leadership/#about-the-research', tags: ['finding', 'name'] },

  // The INLOGOV report summary
  { query: 'Mark Rogers', expect: '/report/#preface', tags: ['report', 'name'] },
  { query: 'to serve is to rule', expect: '/report/#preface', tags: ['report', 'phrase'] },
  { query: 'Needham', expect: '/report/#about-the-report', tags: ['report', 'name'] },
  { query: 'ESRC grant', expect: '/report/#authors-and-funding', tags: ['report'] },
  { query: 'civil servants', expect: '/report/#scope', tags: ['report', 'word-form'] },
  { query: 'how many people were interviewed', expect: '/report/#method', tags: ['report', 'phrase'] },
  { query: 'Walk Tall', expect: '/report/#related-outputs', tags: ['report', 'name'] },

  // About the guide
  { query: 'cookies', expect: '/about/#privacy', tags: ['about'] },
  { query: 'cite', expect: '/about/#how-to-cite', tags: ['about'] },

  // Filters
  { query: 'leadership', filters: { type: ['theme'] }, expect: '/themes/distributed-leadership/', tags: ['filter', 'theme'] },
  { query: 'values', filters: { source: ['cipd'] }, expect: '/leadership/#staff-shape-values', tags: ['filter', 'finding'] },
  { query: 'public services', filters: { type: ['report'] }, expect: '/report/#scope', tags: ['filter', 'report', 'word-form'] },
  { query: 'commercial', filters: { source: ['inlogov'], type: ['theme'] }, expect: '/themes/publicness-and-commerciality/', tags: ['filter', 'theme', 'word-form'] },
  { query: 'licence', filters: { source: ['guide'] }, expect: '/about/#licence', tags: ['filter', 'about'] },
];
