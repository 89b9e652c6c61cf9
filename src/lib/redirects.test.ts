import { describe, expect, it } from 'vitest';
import { shortThemeLinks } from './redirects.ts';

describe('redirects', () => {
  it('gives each theme number a short link to its page, in order', () => {
    expect(shortThemeLinks([{ number: 2, slug: 'shared-humanity' }, { number: 1, slug: 'municipal-entrepreneur' }])).toEqual([
      { from: '/themes/1/', to: '/themes/municipal-entrepreneur/' },
      { from: '/themes/2/', to: '/themes/shared-humanity/' },
    ]);
  });
});
