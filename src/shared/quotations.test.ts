import { describe, expect, it } from 'vitest';
import { attributionFromLine, findingSpeaker, quoteWithCitation } from './quotations.ts';

const GUIDE = '21st Century Public Servant — Research Guide';
const base = { guide: GUIDE, insertions: [], pageCitation: 'Guide (2026) Theme 8. Available at: https://example.ac.uk/themes/x/', link: 'https://example.ac.uk/themes/x/#in-brief:~:text=two%20ideas' };

describe('attributionFromLine', () => {
  it('reads the speaker from a dash line under a quotation', () => {
    expect(attributionFromLine('— Mark Rogers, chief executive of Birmingham City Council')).toBe('Mark Rogers, chief executive of Birmingham City Council');
    expect(attributionFromLine('A sentence — with a dash inside')).toBeUndefined();
  });
});

describe('findingSpeaker', () => {
  const newsItem = 'PublicNet news item (3 December 2012)';
  it('credits the news item’s own words to the news item', () => {
    expect(findingSpeaker('News item, 3 December 2012', newsItem)).toBe(newsItem);
  });
  it('credits a person the news item quotes, as quoted in it', () => {
    expect(findingSpeaker('Ben Willmott, head of public policy at the CIPD', newsItem)).toBe(
      'Ben Willmott, head of public policy at the CIPD, as quoted in the PublicNet news item (3 December 2012)',
    );
  });
});

describe('quoteWithCitation', () => {
  it('puts the guide’s own words in quotation marks, credited to the guide, with the page’s citation and the link', () => {
    const result = quoteWithCitation({ ...base, text: 'two ideas  of\nleadership', speakers: [GUIDE] });
    expect(result).toEqual({
      ok: true,
      text: `“two ideas of leadership”\n— ${GUIDE} (the guide’s own words)\nCite as: ${base.pageCitation}\nPassage: ${base.link}`,
    });
  });
  it('credits a quotation to its speaker, and says what square brackets mean when the words include an insertion', () => {
    const result = quoteWithCitation({ ...base, text: 'models of [leadership]', speakers: ['The 21st Century Public Servant, Needham and Mangan, INLOGOV, 2014'], insertions: ['[leadership]'] });
    expect(result.ok && result.text.split('\n').slice(0, 3)).toEqual([
      '“models of [leadership]”',
      '— The 21st Century Public Servant, Needham and Mangan, INLOGOV, 2014, quoted on this page',
      '[leadership]: square brackets mark an editorial insertion by the guide, not words from the source.',
    ]);
  });
  it('declines, naming both, when the words are by more than one speaker', () => {
    const result = quoteWithCitation({ ...base, text: 'a b', speakers: [GUIDE, 'Mark Rogers'] });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('more than one speaker (the guide; and Mark Rogers)') });
  });
});
