/**
 * Link previews: one 1200×630 PNG per page, drawn at build time with satori (layout and text
 * to SVG) and sharp (SVG to PNG), in Source Sans 3 from its npm package. No network.
 * Large type on a plain background, so the card stays legible as a small thumbnail, all of it in
 * a centred square that survives a square crop, with the site's address on it. What each
 * card says and where it is published are in the page registry (pages.ts); only the
 * preview-images integration imports this module (in its drawing process), so satori and sharp
 * load only where images are drawn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { palette, previewSoft } from '../styles/tokens.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, type PreviewCard } from './pages.ts';
import { splitInsertions } from '../shared/editorial.ts';
import { MARK_PATHS, MARK_VIEWBOX } from '../shared/mark.ts';

const FONT_PACKAGE = '@fontsource/source-sans-3';
const FONT_NAME = 'Source Sans 3';
const FONT_FILES = {
  400: 'source-sans-3-latin-400-normal.woff',
  700: 'source-sans-3-latin-700-normal.woff',
} as const;

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  if (!fonts) {
    const folder = join(process.cwd(), 'node_modules', ...FONT_PACKAGE.split('/'), 'files');
    fonts = ([400, 700] as const).map((weight) => {
      const file = join(folder, FONT_FILES[weight]);
      try {
        return { name: FONT_NAME, data: readFileSync(file), weight, style: 'normal' as const };
      } catch {
        throw new Error(`Preview images need the font file ${file}: run "npm ci" to install ${FONT_PACKAGE}`);
      }
    });
  }
  return fonts;
}

/**
 * Everything that matters sits in a centred square as tall as the image (630×630), so a
 * platform that crops the card square keeps the mark, the word "guide", the number, the title
 * and the site's address; the bands either side are plain colour.
 */
const SAFE = PREVIEW_HEIGHT;
const PADDING = 44;
const CONTENT_WIDTH = SAFE - 2 * PADDING;
const NUMBER_SIZE = 120;

/** The light scheme's accent as the background, with the focus pair for the number. */
const COLOURS = {
  background: palette.light.accent,
  ink: palette.light['accent-ink'],
  soft: previewSoft,
  number: palette.light.focus,
  numberInk: palette.light['focus-ink'],
};

export interface Node {
  type: string;
  key?: string;
  /** Style and children, and an SVG element's attributes (viewBox, d, fill). */
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string; [attribute: string]: unknown };
}
const box = (style: Record<string, string | number>, ...children: (Node | string)[]): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** Shrinks the title's type as it gets longer, so it fits the square in at most three lines. */
function titleSize(title: string): number {
  if (title.length <= 18) return 64;
  if (title.length <= 34) return 54;
  return 44;
}

/** The guide's mark (src/shared/mark.ts, the same shapes as in the site's header): ink on the accent, the bookmark in the number's colour. */
function mark(size: number): Node {
  const path = (d: string, fill: string): Node => ({ type: 'path', props: { d, fill } });
  return { type: 'svg', props: { width: size, height: size, viewBox: MARK_VIEWBOX, children: [path(MARK_PATHS.page, COLOURS.ink), path(MARK_PATHS.bookmark, COLOURS.number)] } };
}

/**
 * A preview card: the mark and the site's short name ("21CPS Guide") with "Research guide",
 * the theme's number, the title, a line of detail and the site's address, centred in the square.
 */
export function previewLayout(card: PreviewCard, siteName: string, address = ''): Node {
  const column = box(
    { width: CONTENT_WIDTH, height: SAFE, flexDirection: 'column', alignItems: 'center', justifyContent: 'space-between', padding: `${PADDING}px 0`, boxSizing: 'border-box', textAlign: 'center' },
    box({ alignItems: 'center', fontSize: 30, fontWeight: 700 }, mark(46), box({ marginLeft: 16 }, siteName)),
    box(
      { flexDirection: 'column', alignItems: 'center', width: CONTENT_WIDTH },
      ...(card.number === undefined
        ? []
        : [box({ width: NUMBER_SIZE, height: NUMBER_SIZE, borderRadius: 20, background: COLOURS.number, color: COLOURS.numberInk, fontSize: 84, fontWeight: 700, alignItems: 'center', justifyContent: 'center', marginBottom: 18 }, String(card.number))]),
      box({ fontSize: 28, color: COLOURS.soft }, card.kicker),
      box({ fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.1, marginTop: 8, justifyContent: 'center', textAlign: 'center' }, card.title),
      box({ fontSize: 22, lineHeight: 1.3, color: COLOURS.soft, marginTop: 12, flexWrap: 'wrap', display: 'block', textAlign: 'center' }, ...detailParts(card.detail ?? '')),
      ...(card.note ? [box({ fontSize: 20, lineHeight: 1.3, marginTop: 6, justifyContent: 'center', textAlign: 'center' }, card.note)] : []),
    ),
    box({ flexDirection: 'column', alignItems: 'center', fontSize: 26, color: COLOURS.soft }, 'A research guide', box({ color: COLOURS.ink, fontWeight: 700 }, address)),
  );
  return box(
    { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, justifyContent: 'center', background: COLOURS.background, color: COLOURS.ink, fontFamily: FONT_NAME },
    column,
  );
}

/** The detail line with any editorial insertion set apart: bold, in the ink colour, brackets kept. */
function detailParts(detail: string): (Node | string)[] {
  return splitInsertions(detail).map((part) =>
    part.insertion ? { type: 'span', props: { style: { fontWeight: 700, color: COLOURS.ink }, children: part.text } } : part.text,
  );
}

/** The site's address as printed on a card: "example.ac.uk/21cps", without scheme or final slash. */
export function displayAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

export async function renderPreview(card: PreviewCard, siteName: string, address = ''): Promise<Buffer> {
  const svg = await satori(previewLayout(card, siteName, address), { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts: loadFonts() });
  // Full colour at zlib level 7: sharp's palette quantisation took 0.9 of the 1.5 s the 21 PNGs
  // cost (each 17 → 35 KB; only link-preview crawlers fetch them, and they are not precached).
  return sharp(Buffer.from(svg)).png({ compressionLevel: 7 }).toBuffer();
}

/** Width and height from a PNG's header (for tests and checks). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, index) => png[index] === byte)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
