import { describe, expect, it } from 'vitest';
import { dateParts, isoDate, longDate } from './dates.ts';

describe('dates', () => {
  it('are written the British way, on the UTC calendar day whatever the time zone', () => {
    expect(longDate(new Date('2026-11-24'))).toBe('24 November 2026');
    expect(longDate(new Date('2026-11-24T23:30:00-05:00'))).toBe('25 November 2026');
    expect(longDate(new Date('2027-01-01T00:00:00Z'))).toBe('1 January 2027');
  });
  it('give machines the ISO day and formats the parts', () => {
    expect(isoDate(new Date('2026-11-24T23:30:00-05:00'))).toBe('2026-11-25');
    expect(dateParts(new Date('2026-03-09'))).toEqual({ year: 2026, month: 'March', day: 9 });
  });
});
