/** Turns a rendered entry's headings into the page's contents list (its h2 sections). */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

export function contentsFromHeadings(headings: RenderedHeading[]): { id: string; text: string }[] {
  return headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text }));
}
