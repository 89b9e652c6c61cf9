import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './regex.ts';

describe('escapeRegExp', () => {
  it('makes a pattern that matches the text itself and nothing else', () => {
    const text = '\0chunk-url:/a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    const pattern = new RegExp(`^${escapeRegExp(text)}$`);
    expect(pattern.test(text)).toBe(true);
    expect(pattern.test(text.replace('.', 'x'))).toBe(false);
    expect(pattern.test(`${text}x`)).toBe(false);
  });
  it('leaves slashes and hyphens alone (nginx reads the same patterns)', () => {
    expect(escapeRegExp('/guide/a-b/')).toBe('/guide/a-b/');
  });
});
