import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LONGEST_FIRST } from './longest-first.ts';

describe('the longest test files, started first without timings', () => {
  it('are files that exist (a renamed file would silently drop out of the order)', () => {
    expect(LONGEST_FIRST.length).toBeGreaterThan(0);
    expect(LONGEST_FIRST.filter((file) => !existsSync(file))).toEqual([]);
  });
});
