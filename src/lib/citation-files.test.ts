import { describe, expect, it } from 'vitest';
import { citationFile, pageCsl, reportCsl, risFromCsl } from './citation-files.ts';
import { bibtexReport } from './citations.ts';

const inlogov = {
  title: 'The 21st Century Public Servant',
  authors: [{ given: 'Catherine', family: 'Needham' }, { given: 'Catherine', family: 'Mangan' }],
  corporateAuthors: [],
  publisher: 'University of Birmingham',
  institution: 'Institute of Local Government Studies (INLOGOV), University of Birmingham',
  place: 'Birmingham',
  year: 2014,
  datePublished: '2014-11-03',
  bibtexKey: 'needham2014',
  links: [{ label: 'Announcement post', url: 'https://example.org/announcement/' }],
};
const cipd = {
  ...inlogov,
  title: 'Leading Culture Change: Employee Engagement and Public Service Transformation',
  authors: [],
  corporateAuthors: ['Chartered Institute of Personnel and Development', "Public Sector People Managers' Association"],
  publisher: 'CIPD',
  institution: 'Chartered Institute of Personnel and Development',
  place: 'London',
  year: 2012,
  datePublished: '2012-11',
  bibtexKey: 'cipd2012',
};
const page = {
  title: 'Theme 4: Fluid careers',
  url: 'https://example.ac.uk/themes/fluid-careers/',
  siteName: 'A Guide',
  date: new Date('2026-11-24T00:00:00Z'),
  accessed: new Date('2026-11-26T00:00:00Z'),
  key: 'cpsguide-themes-fluid-careers',
};

describe('RIS', () => {
  it('writes a report with its people, date, publisher, place and link, in RIS tags and CRLF lines', () => {
    expect(risFromCsl(reportCsl(inlogov))).toBe(
      ['TY  - RPRT', 'AU  - Needham, Catherine', 'AU  - Mangan, Catherine', 'TI  - The 21st Century Public Servant', 'PY  - 2014', 'DA  - 2014/11/03/', 'PB  - University of Birmingham', 'CY  - Birmingham', 'UR  - https://example.org/announcement/', 'ID  - needham2014', 'ER  - ', ''].join('\r\n'),
    );
  });
  it('keeps a body’s name whole and a month-only date partial', () => {
    const ris = risFromCsl(reportCsl(cipd));
    expect(ris).toContain('AU  - Chartered Institute of Personnel and Development\r\n');
    expect(ris).toContain('DA  - 2012/11//\r\n');
  });
  it('writes a page as a web page of the guide, with the date accessed', () => {
    const ris = risFromCsl(pageCsl(page));
    expect(ris).toMatch(/^TY {2}- ELEC\r\nAU {2}- A Guide\r\nTI {2}- Theme 4: Fluid careers\r\nT2 {2}- A Guide\r\n/);
    expect(ris).toContain('DA  - 2026/11/24/\r\nY2  - 2026/11/26/\r\n');
  });
});

describe('CSL-JSON', () => {
  it('is a list of one item with people as names and bodies as literals', () => {
    const [item] = JSON.parse(citationFile({ kind: 'report', record: cipd }, 'json'));
    expect(item.author).toEqual([{ literal: 'Chartered Institute of Personnel and Development' }, { literal: "Public Sector People Managers' Association" }]);
    expect(item.issued).toEqual({ 'date-parts': [[2012, 11]] });
    expect(JSON.parse(citationFile({ kind: 'report', record: inlogov }, 'json'))[0].author[0]).toEqual({ family: 'Needham', given: 'Catherine' });
  });
});

describe('the .bib file', () => {
  it('is the BibTeX shown on the page', () => {
    expect(citationFile({ kind: 'report', record: inlogov }, 'bib')).toBe(`${bibtexReport(inlogov)}\n`);
  });
  it('braces a name with "and" in it, so biblatex does not split it into two', () => {
    expect(citationFile({ kind: 'report', record: cipd }, 'bib')).toContain('institution = {{Chartered Institute of Personnel and Development}}');
  });
});
