/**
 * Just enough PDF reading for the print tests, without a PDF library: Chromium's page.pdf()
 * writes its page tree and its named destinations (one per id that a link on the page points
 * at: "theme-5" → [page /XYZ x y zoom]) as plain, uncompressed objects. From them we learn how
 * many pages there are and on which page, and how far down it, each linked section starts.
 */

export interface PdfDestination {
  /** 0-based page index. */
  page: number;
  /** Distance of the destination below the top of its page, in points. */
  fromTop: number;
}

export interface PdfLayout {
  pageCount: number;
  pageHeight: number;
  destinations: Map<string, PdfDestination>;
}

function objects(text: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const match of text.matchAll(/(?:^|\n)(\d+) 0 obj\s*([\s\S]*?)\bendobj/g)) found.set(Number(match[1]), match[2] as string);
  return found;
}

export function readPdfLayout(pdf: Uint8Array): PdfLayout {
  const text = Buffer.from(pdf).toString('latin1');
  const objs = objects(text);
  const catalog = [...objs.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o));
  if (!catalog) throw new Error('PDF: no /Catalog');
  const rootRef = /\/Pages\s+(\d+) 0 R/.exec(catalog)?.[1];
  const pages: number[] = [];
  const walk = (ref: number) => {
    const obj = objs.get(ref) ?? '';
    if (/\/Type\s*\/Pages\b/.test(obj)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(obj)?.[1] ?? '';
      for (const kid of kids.matchAll(/(\d+) 0 R/g)) walk(Number(kid[1]));
    } else pages.push(ref);
  };
  walk(Number(rootRef));
  const mediaBox = /\/MediaBox\s*\[\s*[\d.]+\s+[\d.]+\s+[\d.]+\s+([\d.]+)\s*\]/.exec(objs.get(pages[0] ?? -1) ?? '');
  const pageHeight = Number(mediaBox?.[1] ?? 842);
  const destinations = new Map<string, PdfDestination>();
  const destsRef = /\/Dests\s+(\d+) 0 R/.exec(catalog)?.[1];
  const dests = destsRef ? (objs.get(Number(destsRef)) ?? '') : '';
  for (const match of dests.matchAll(/\/([^\s/[\]]+)\s*\[\s*(\d+) 0 R\s*\/XYZ\s+[-\d.]+\s+([-\d.]+)/g)) {
    const page = pages.indexOf(Number(match[2]));
    if (page >= 0) destinations.set(decodeURIComponent((match[1] as string).replace(/#([0-9a-fA-F]{2})/g, '%$1')), { page, fromTop: pageHeight - Number(match[3]) });
  }
  return { pageCount: pages.length, pageHeight, destinations };
}
