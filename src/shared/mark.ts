/**
 * The guide's mark, drawn once: a page with three lines of text and a bookmark. The site header
 * draws it as inline SVG (SiteMark.astro) and the link-preview images as an SVG inside their card
 * (src/lib/preview-image.ts). Two shapes, each filled with one colour: `page` in the text colour,
 * `bookmark` in the accent. The page's outline is an outer rounded square and an inner one drawn
 * the other way round, so the inner one is a hole under SVG's default (nonzero) fill rule.
 */
export const MARK_VIEWBOX = '0 0 48 48';

/** A line of text: a bar 4 units high with round ends, drawn clockwise. */
const line = (y: number, length: number) => `M13 ${y}h${length}a2 2 0 0 1 0 4H13a2 2 0 0 1 0-4z`;

export const MARK_PATHS = {
  page: [
    'M9 1h30a8 8 0 0 1 8 8v30a8 8 0 0 1-8 8H9a8 8 0 0 1-8-8V9a8 8 0 0 1 8-8z',
    'M9.5 4.5a5 5 0 0 0-5 5v29a5 5 0 0 0 5 5h29a5 5 0 0 0 5-5v-29a5 5 0 0 0-5-5z',
    line(19, 22),
    line(27, 22),
    line(35, 11),
  ].join(''),
  bookmark: 'M30 0h10v17l-5-4-5 4z',
} as const;
