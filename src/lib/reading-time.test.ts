import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, readingTimeLabel, textOf } from './reading-time.ts';

describe('countWords', () => {
  it('counts the words a reader sees, not the markup', () => {
    expect(countWords('<h2 id="in-brief">In brief</h2><p>An “ethos” is the <a href="/x/">spirit</a> of a group.</p>')).toBe(10);
  });
  it('ignores scripts, styles, drawings and entities', () => {
    expect(countWords('<p>One&nbsp;two</p><script>var a = 1;</script><style>p{}</style><svg><text>Map label</text></svg>')).toBe(2);
    // Character references are the characters they stand for; "a&b" is still two words.
    expect(textOf('<p>a&amp;b</p>').trim()).toBe('a&b');
    expect(countWords('<p>a&amp;b</p>')).toBe(2);
  });
  it('counts hyphenated and apostrophe words once', () => {
    expect(countWords('values-based leadership, the guide’s reading')).toBe(5);
  });
});

describe('readingMinutes', () => {
  const words = (n: number) => '<p>' + 'word '.repeat(n) + '</p>';
  it('rounds up at 200 words a minute, and is never less than one minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(words(200))).toBe(1);
    expect(readingMinutes(words(201))).toBe(2);
    expect(readingMinutes(words(1000))).toBe(5);
  });
});

describe('readingTimeLabel', () => {
  it('says minutes in plain words', () => {
    expect(readingTimeLabel(1)).toBe('1 minute to read');
    expect(readingTimeLabel(4)).toBe('4 minutes to read');
  });
});
