/**
 * Link previews: one 1200×630 PNG per page, drawn at build time with satori (layout and text
 * to SVG) and sharp (SVG to PNG), in Source Sans 3 from its npm package. No network.
 * Large type on a plain background, so the card stays legible as a small thumbnail. What each
 * card says and where it is published are in the page registry (pages.ts); only the
 * preview-images integration imports this module (in a worker thread), so satori and sharp
 * load only where images are drawn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { palette, previewSoft } from '../styles/tokens.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, type PreviewCard } from './pages.ts';
import { splitInsertions } from '../shared/editorial.ts';

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

const PADDING_X = 72;
const PADDING_Y = 56;
const CONTENT_WIDTH = PREVIEW_WIDTH - 2 * PADDING_X;
const NUMBER_SIZE = 190;
const NUMBER_GAP = 44;

/** The light scheme's accent as the background, with the focus pair for the number. */
const COLOURS = {
  background: palette.light.accent,
  ink: palette.light['accent-ink'],
  soft: previewSoft,
  number: palette.light.focus,
  numberInk: palette.light['focus-ink'],
};

interface Node {
  type: string;
  key?: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string };
}
const box = (style: Record<string, string | number>, ...children: (Node | string)[]): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** Shrinks the title's type as it gets longer, so it always fits in two or three lines. */
function titleSize(title: string, hasNumber: boolean): number {
  const room = hasNumber ? 30 : 40;
  if (title.length <= room) return 84;
  if (title.length <= room * 1.6) return 68;
  return 56;
}

export function previewLayout(card: PreviewCard, siteName: string): Node {
  const title = box(
    { flexDirection: 'column', width: card.number === undefined ? CONTENT_WIDTH : CONTENT_WIDTH - NUMBER_SIZE - NUMBER_GAP },
    box({ fontSize: 38, color: COLOURS.soft }, card.kicker),
    box({ fontSize: titleSize(card.title, card.number !== undefined), fontWeight: 700, lineHeight: 1.1, marginTop: 12 }, card.title),
  );
  const middle =
    card.number === undefined
      ? title
      : box(
          { alignItems: 'center' },
          box(
            {
              width: NUMBER_SIZE,
              height: NUMBER_SIZE,
              marginRight: NUMBER_GAP,
              borderRadius: 24,
              background: COLOURS.number,
              color: COLOURS.numberInk,
              fontSize: 140,
              fontWeight: 700,
              alignItems: 'center',
              justifyContent: 'center',
              flexShrink: 0,
            },
            String(card.number),
          ),
          title,
        );
  return box(
    {
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${PADDING_Y}px ${PADDING_X}px`,
      boxSizing: 'border-box',
      background: COLOURS.background,
      color: COLOURS.ink,
      fontFamily: FONT_NAME,
    },
    box({ width: CONTENT_WIDTH, fontSize: 34, fontWeight: 700, borderBottom: `6px solid ${COLOURS.number}`, paddingBottom: 14 }, siteName),
    middle,
    box(
      { width: CONTENT_WIDTH, flexDirection: 'column', color: COLOURS.soft, minHeight: 44 },
      box({ fontSize: 34, lineHeight: 1.3, flexWrap: 'wrap', display: 'block' }, ...detailParts(card.detail ?? '')),
      ...(card.note ? [box({ fontSize: 26, lineHeight: 1.3, marginTop: 6, color: COLOURS.ink }, card.note)] : []),
    ),
  );
}

/** The detail line with any editorial insertion set apart: bold, in the number's colour, brackets kept. */
function detailParts(detail: string): (Node | string)[] {
  return splitInsertions(detail).map((part) =>
    part.insertion ? { type: 'span', props: { style: { fontWeight: 700, color: COLOURS.ink }, children: part.text } } : part.text,
  );
}

export async function renderPreview(card: PreviewCard, siteName: string): Promise<Buffer> {
  const svg = await satori(previewLayout(card, siteName), { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts: loadFonts() });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true, effort: 1 }).toBuffer();
}

/** Width and height from a PNG's header (for tests and checks). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, index) => png[index] === byte)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
