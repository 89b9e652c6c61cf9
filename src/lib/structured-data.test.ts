import { describe, expect, it } from 'vitest';
import { jsonLdScript, pageGraph, parseFunder, reportNode } from './structured-data.ts';
import type { Report } from './content/schemas.ts';

const report: Report = {
  title: 'The 21st Century Public Servant',
  shortName: 'INLOGOV report',
  authors: [{ given: 'Catherine', family: 'Needham', honorific: 'Dr' }],
  corporateAuthors: [],
  contributors: ['Liz Haydon (Public Service Academy)', 'Helen Dickinson'],
  publisher: 'University of Birmingham',
  institution: 'INLOGOV',
  place: 'Birmingham',
  year: 2014,
  datePublished: '2014-10-28',
  published: '28 October 2014',
  funder: 'Economic and Social Research Council (ESRC), grant ES/K007572/1',
  bibtexKey: 'needham2014',
  links: [{ label: 'x', url: 'https://example.org/' }],
  seed: 'x',
  confirmed: 'x',
  changes: [{ date: new Date('2026-11-24'), summary: 'First version' }],
};
const site = { name: 'Guide', shortName: 'G', description: 'About', lang: 'en-GB', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/' };

describe('JSON-LD', () => {
  it('splits a funder into the body and the grant', () => {
    expect(parseFunder('Economic and Social Research Council (ESRC), grant ES/K007572/1')).toEqual({
      name: 'Economic and Social Research Council (ESRC)',
      grant: 'ES/K007572/1',
    });
    expect(parseFunder('A charity')).toEqual({ name: 'A charity' });
  });
  it('describes a report with people, publisher, date, contributors and funding', () => {
    const node = reportNode({ id: 'inlogov-2014', data: report }, 'https://g.example/report/#inlogov-2014');
    expect(node).toMatchObject({
      '@type': 'Report',
      name: report.title,
      author: [{ '@type': 'Person', name: 'Catherine Needham', honorificPrefix: 'Dr' }],
      publisher: { '@type': 'Organization', name: 'University of Birmingham' },
      datePublished: '2014-10-28',
      funder: { name: 'Economic and Social Research Council (ESRC)' },
      funding: { '@type': 'Grant', identifier: 'ES/K007572/1' },
      contributor: [{ name: 'Liz Haydon', affiliation: { name: 'Public Service Academy' } }, { name: 'Helen Dickinson' }],
    });
  });
  it('falls back to the year when no date is recorded', () => {
    const { datePublished, ...undated } = report;
    expect(datePublished).toBeTruthy();
    expect(reportNode({ id: 'r', data: undated }, 'x')['datePublished']).toBe('2014');
  });
  it('makes a page graph with breadcrumbs and the report as about and citation', () => {
    const data = pageGraph({
      url: 'https://g.example/themes/x/',
      homeUrl: 'https://g.example/',
      title: 'X',
      description: 'D',
      image: 'https://g.example/og/themes/x.png',
      breadcrumbs: [
        { name: 'Home', url: 'https://g.example/' },
        { name: 'X', url: 'https://g.example/themes/x/' },
      ],
      site,
      reports: [{ id: 'inlogov-2014', data: report }],
      reportUrl: () => 'https://g.example/report/',
    }) as { '@graph': Record<string, unknown>[] };
    const types = data['@graph'].map((node) => node['@type']);
    expect(types).toEqual(['WebSite', 'WebPage', 'BreadcrumbList', 'Report']);
    expect(data['@graph'][1]).toMatchObject({ about: [{ '@id': 'https://g.example/report/#inlogov-2014' }], citation: [{ '@id': 'https://g.example/report/#inlogov-2014' }] });
  });
  it('can never close its <script> element', () => {
    expect(jsonLdScript({ text: '</script><script>alert(1)</script>' })).not.toContain('<');
    expect(JSON.parse(jsonLdScript({ text: '</script>' }))).toEqual({ text: '</script>' });
  });
});
