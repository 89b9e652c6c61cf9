import { describe, expect, it } from 'vitest';
import { parseEntryBody } from './mdx-check.ts';
import { changeSectionProblems } from './validate-content.ts';

const tree = parseEntryBody({ file: 'content/pages/about.mdx', data: {}, body: '## Sources \\{#sources\\}\n\nText.\n', bodyLine: 5 }).tree;

describe('sections named by change entries', () => {
  it('accepts a section id the file has', () => {
    expect(changeSectionProblems('content/pages/about.mdx', [{}, { section: 'sources' }], tree)).toEqual([]);
  });
  it('names the file, the entry and the ids it could use when the section does not exist', () => {
    expect(changeSectionProblems('content/pages/about.mdx', [{}, { section: 'source' }], tree)).toEqual([
      { file: 'content/pages/about.mdx', field: 'changes.1.section', message: '"source" is not a section id of this file (known: sources)' },
    ]);
  });
  it('refuses a section in a finding or report record, which link to their own place', () => {
    expect(changeSectionProblems('content/findings/x.yaml', [{ section: 'sources' }], undefined)[0]?.field).toBe('changes.0.section');
  });
});
