import { describe, expect, it } from 'vitest';
import { embedHeight, embedResizeScript, embedSnippet, oembedFor, oembedProblems } from './embeds.ts';

const config = { siteUrl: 'https://g.example/', basePath: '/21cps/' };
const statement = 'The 21st Century Public Servant combines an ethos of publicness with an understanding of commerciality';
const theme = { number: 5, slug: 'publicness-and-commerciality', title: 'Publicness & commerciality', statement };

describe('embed code', () => {
  it('is an iframe with the card’s absolute URL, a title, the card’s size and lazy loading, then the script that fits it', () => {
    const code = embedSnippet(theme, 10, '21CPS Guide', config);
    expect(code).toBe(
      `<iframe src="https://g.example/21cps/embed/themes/publicness-and-commerciality/" title="Theme 5 of 10: Publicness &amp; commerciality (21CPS Guide)" width="560" height="${embedHeight(statement)}" style="max-width:100%;border:0" loading="lazy"></iframe>` +
        embedResizeScript(config),
    );
    expect(embedResizeScript(config)).toMatch(/^<script>addEventListener\("message",.*e\.origin==="https:\/\/g\.example".*<\/script>$/);
  });
  it('gives a card with a longer statement a taller frame, a line at a time', () => {
    expect(embedHeight('x'.repeat(100))).toBe(216);
    expect(embedHeight('x'.repeat(101))).toBe(243);
  });
});

describe('oEmbed', () => {
  const answer = oembedFor(theme, 10, { name: 'Guide', shortName: 'G' }, config);
  it('is a valid "rich" answer with the embed code and the preview image as thumbnail', () => {
    expect(oembedProblems(answer)).toEqual([]);
    expect(answer).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_url: 'https://g.example/21cps/',
      thumbnail_url: 'https://g.example/21cps/og/themes/publicness-and-commerciality.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });
  it('the validator names what is wrong', () => {
    expect(oembedProblems(null)).toEqual(['is not a JSON object']);
    expect(oembedProblems({ ...answer, version: 1, html: '<script></script>', width: 0, thumbnail_width: undefined })).toEqual([
      'version must be "1.0"',
      'html must be one <iframe> with an absolute src',
      'width must be a positive whole number',
    ]);
    const { thumbnail_url, ...partial } = answer;
    expect(thumbnail_url).toBeTruthy();
    expect(oembedProblems(partial)).toContain('thumbnail_url, thumbnail_width and thumbnail_height come together or not at all');
  });
});
