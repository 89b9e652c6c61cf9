/**
 * The query test set: what readers type, and the page section that must come back among the
 * top three page results or the sections listed under them (tests/search/queries.test.ts runs
 * it against the built index through the search engine the interface uses,
 * src/shared/search-engine.ts: fallback, aliases, typos). Most queries use a reader's own words
 * rather than the words of the heading they should land on; the test checks that at least half do.
 * `natural`: plain questions of three or more words that no one page has all of; `typo`:
 * misspellings; `alias`: plain-English words the site says otherwise (content/search/aliases.yaml).
 *
 * When a query misses, improve the content's weighting, the aliases or the engine; do not weaken the query.
 */
import type { SearchState } from '../../src/shared/search.ts';

export type QueryTag = 'theme' | 'finding' | 'report' | 'about' | 'word-form' | 'name' | 'phrase' | 'quoted' | 'filter' | 'natural' | 'typo' | 'alias';

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

  // Plain questions and phrases whose words no one page has all of (the per-word fallback answers them)
  { query: 'cuts and austerity in councils', expect: '/themes/permaausterity/', tags: ['natural'] },
  { query: 'skills not just technical expertise', expect: '/themes/generic-skills/', tags: ['natural'] },
  { query: 'how should councils recruit staff for generic skills', expect: '/themes/generic-skills/', tags: ['natural'] },
  { query: 'can a council be commercial and still serve the public', expect: '/themes/publicness-and-commerciality/', tags: ['natural'] },
  { query: 'how do we cope with never ending budget cuts', expect: '/themes/permaausterity/', tags: ['natural'] },
  { query: 'breaking down silos between departments and partners', expect: '/themes/fluid-organisations/', tags: ['natural'] },
  { query: 'staff loyal to their town and its people', expect: '/themes/rooted-in-locality/', tags: ['natural'] },
  { query: 'let staff shape the organisation values', expect: '/leadership/#staff-shape-values', tags: ['natural'] },
  { query: 'end of command and control management style', expect: '/leadership/#willmott-comment', tags: ['natural'] },
  { query: 'which councils took part in the CIPD research', expect: '/leadership/#who-took-part', tags: ['natural'] },
  { query: 'how do I cite this guide in my essay', expect: '/about/#how-to-cite', tags: ['natural'] },
  { query: 'can I reuse the text under a licence', expect: '/about/#licence', tags: ['natural'] },
  { query: 'storytelling and a compelling vision for staff', expect: '/leadership/', tags: ['natural'] },
  { query: 'printable cards for a team away day', expect: '/workshop/', tags: ['natural'] },
  { query: 'what happens to public servants when the money runs out', expect: '/themes/permaausterity/', tags: ['natural'] },
  { query: 'why councils should hire people with broad skills', expect: '/themes/generic-skills/', tags: ['natural'] },
  { query: 'should officers stay in one council all their career', expect: '/themes/fluid-careers/', tags: ['natural'] },
  { query: 'making profit while keeping public service values', expect: '/themes/publicness-and-commerciality/', tags: ['natural'] },
  { query: 'everyone can lead not only the top team', expect: '/themes/distributed-leadership/', tags: ['natural'] },
  { query: 'time to think about your own work', expect: '/themes/reflective-practice/', tags: ['natural'] },
  { query: 'involving employees when values change', expect: '/leadership/#staff-shape-values', tags: ['natural'] },
  { query: 'pensions and pay for council staff', expect: '/leadership/#willmott-comment', tags: ['natural'] },
  { query: 'when was the birmingham study published', expect: '/report/', tags: ['natural'] },
  { query: 'interviews and workshops with council staff', expect: '/report/', tags: ['natural'] },
  { query: 'who paid for the research project', expect: '/report/', tags: ['report', 'phrase'] },
  { query: 'how was the INLOGOV research carried out', expect: '/report/', tags: ['report', 'phrase'] },
  { query: 'staff who move between the council and charities', expect: '/themes/fluid-careers/', tags: ['natural'] },
  { query: 'balancing business thinking with public values', expect: '/themes/publicness-and-commerciality/', tags: ['natural'] },

  // Misspellings (the site's vocabulary corrects them)
  { query: 'entreprenuer', expect: '/themes/municipal-entrepreneur/', tags: ['typo'] },
  { query: 'carreers', expect: '/themes/fluid-careers/', tags: ['typo'] },
  { query: 'comercial', expect: '/themes/publicness-and-commerciality/', tags: ['typo'] },
  { query: 'permaustarity', expect: '/themes/permaausterity/', tags: ['typo'] },
  { query: 'commercality', expect: '/themes/publicness-and-commerciality/', tags: ['typo'] },
  { query: 'colaborative', expect: '/themes/distributed-leadership/', tags: ['typo'] },
  { query: 'humanitiy', expect: '/themes/shared-humanity/', tags: ['typo'] },
  { query: 'generik skills', expect: '/themes/generic-skills/', tags: ['typo'] },
  { query: 'distributted leadership', expect: '/themes/distributed-leadership/', tags: ['typo'] },
  { query: 'reflectve practice', expect: '/themes/reflective-practice/', tags: ['typo'] },
  { query: 'localty', expect: '/themes/rooted-in-locality/', tags: ['typo'] },
  { query: 'organsations', expect: '/themes/fluid-organisations/', tags: ['typo'] },
  { query: 'neighbourhod', expect: '/themes/rooted-in-locality/', tags: ['typo'] },
  { query: 'willmot', expect: '/leadership/#willmott-comment', tags: ['typo'] },
  { query: 'heroik leadership', expect: '/themes/distributed-leadership/', tags: ['typo'] },

  // Plain-English words the site puts otherwise (content/search/aliases.yaml)
  { query: 'HR', expect: '/leadership/', tags: ['alias'] },
  { query: 'siloed', expect: '/themes/fluid-organisations/', tags: ['alias'] },
  { query: 'council', expect: '/themes/municipal-entrepreneur/', tags: ['alias'] },
  { query: 'budget', expect: '/themes/permaausterity/', tags: ['alias'] },
  { query: 'innovation', expect: '/themes/municipal-entrepreneur/', tags: ['alias'] },
  { query: 'teamwork', expect: '/themes/distributed-leadership/', tags: ['alias'] },
  { query: 'boss', expect: '/themes/distributed-leadership/', tags: ['alias'] },
  { query: 'job', expect: '/themes/fluid-careers/', tags: ['alias'] },
  { query: 'community', expect: '/themes/rooted-in-locality/', tags: ['alias'] },
  { query: 'ethics', expect: '/themes/publicness-and-commerciality/', tags: ['alias'] },
  { query: 'hierarchy', expect: '/leadership/#willmott-comment', tags: ['alias'] },
  { query: 'collaboration', expect: '/themes/shared-humanity/', tags: ['alias'] },
  { query: 'flexible', expect: '/themes/fluid-careers/', tags: ['alias'] },
];
