/**
 * The shape of /data/previews.json, shared by the page code that builds it (src/lib/previews.ts)
 * and the browser code that shows it (src/scripts/link-preview.ts). A preview is keyed as the
 * connections map keys its nodes ("theme-4", "finding-staff-shape-values": themeKey and
 * findingKey in src/lib/connections.ts), and that key is the link's `data-preview` attribute.
 */

/** Words as published, or an editorial insertion (kept in its square brackets, marked as such). */
export type PreviewPart = string | { insertion: string };

export interface LinkPreview {
  /** "Theme 4 of 10", "Finding B: CIPD / PPMA research". */
  kicker: string;
  title: string;
  /** The theme's statement or the finding's quotation, as published. */
  quote: PreviewPart[];
  /** Who the quotation is by, as the page itself credits it. */
  source: string;
  /** A short note the page shows beside it (a theme's note on its wording), if any. */
  note?: string;
}

export type PreviewMap = Record<string, LinkPreview>;

/** The attribute that marks a link with a preview; its value is the key in the map. */
export const PREVIEW_ATTRIBUTE = 'data-preview';

/** Splits published text into words and bracketed editorial insertions ("[leadership]"). */
export function editorialParts(text: string): PreviewPart[] {
  return text
    .split(/(\[[^\]]+\])/)
    .filter(Boolean)
    .map((part) => (/^\[[^\]]+\]$/.test(part) ? { insertion: part } : part));
}
