/**
 * The guide's mark, drawn once: a page with three lines of text and a bookmark. The site header
 * draws it as inline SVG (SiteMark.astro) and the link-preview images as an SVG inside their card
 * (src/lib/preview-image.ts). Two shapes, each filled with one colour: `page` in the text colour,
 * `bookmark` in the accent. The page's outline is an outer rounded square and an inner one drawn
 * the other way round, so the inner one is a hole under SVG's default (nonzero) fill rule.
 */
export const MARK_VIEWBOX = '0 0 48 48';

const line = (y: number, from: number, to: number) => `M${from} ${y - 1.8}H${to}A1.8 1.8 0 0 1 ${to} ${y + 1.8}H${from}A1.8 1.8 0 0 1 ${from} ${y - 1.8}Z`;

export const MARK_PATHS = {
  page: [
    'M9 1H39A8 8 0 0 1 47 9V39A8 8 0 0 1 39 47H9A8 8 0 0 1 1 39V9A8 8 0 0 1 9 1Z',
    'M9.5 4.5A5 5 0 0 0 4.5 9.5V38.5A5 5 0 0 0 9.5 43.5H38.5A5 5 0 0 0 43.5 38.5V9.5A5 5 0 0 0 38.5 4.5Z',
    line(21, 12.8, 35.2),
    line(28.5, 12.8, 35.2),
    line(36, 12.8, 24.2),
  ].join(''),
  bookmark: 'M30 0H40V17L35 13L30 17Z',
} as const;
