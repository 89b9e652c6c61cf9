/**
 * Small, careful rewrites of rendered HTML, for pages that reuse other pages' content:
 * the full-report edition (ids prefixed so they stay unique, headings moved down a level)
 * and theme pages (a link placed at the end of one section).
 */

const ID_LIST_ATTRIBUTES = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for'];

/**
 * Prefixes every id in an HTML fragment ("in-brief" → "theme-5-in-brief"), and every
 * reference to one: in-page links (href="#in-brief") and id-list attributes (aria-labelledby…).
 * Only attributes inside tags are touched, never the text. Headings move down `demote` levels.
 */
export function prefixIds(html: string, prefix: string, demote = 0): string {
  const withIds = html.replace(/<[a-zA-Z][^>]*>/g, (tag) =>
    tag
      .replace(/(\sid=")([^"]+)"/, (_m, start: string, id: string) => `${start}${prefix}-${id}"`)
      .replace(/(\shref="#)([^"]+)"/, (_m, start: string, id: string) => `${start}${prefix}-${id}"`)
      .replace(new RegExp(`(\\s(?:${ID_LIST_ATTRIBUTES.join('|')})=")([^"]+)"`, 'g'), (_m, start: string, ids: string) =>
        `${start}${ids.split(/\s+/).filter(Boolean).map((id) => `${prefix}-${id}`).join(' ')}"`,
      ),
  );
  if (!demote) return withIds;
  return withIds
    .replace(/<(\/?)h([1-6])(?=[\s>])/gi, (_m, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + demote)}`)
    .replace(/(heading-link-wrap level-)([1-6])/g, (_m, start: string, level: string) => `${start}${Math.min(6, Number(level) + demote)}`);
}

/**
 * Inserts `snippet` at the end of the section that starts with the h2 carrying `id`: just
 * before the next h2 (or its heading-link wrapper), or at the end when it is the last section.
 * Returns the HTML unchanged when there is no such section.
 */
export function appendToSection(html: string, id: string, snippet: string): string {
  const start = html.search(new RegExp(`<h2\\b[^>]*\\sid="${id}"`));
  if (start < 0) return html;
  // The next section starts at its h2, or at the heading-link wrapper around it (heading-link.ts).
  const nextRelative = html.slice(start + 3).search(/<div class="heading-link-wrap level-2">|<h2\b/);
  const at = nextRelative < 0 ? html.length : start + 3 + nextRelative;
  return html.slice(0, at) + snippet + html.slice(at);
}

/** Every id in an HTML fragment, in order. */
export function idsIn(html: string): string[] {
  return [...html.matchAll(/<[a-zA-Z][^>]*\sid="([^"]+)"/g)].map((m) => m[1] as string);
}

/**
 * Removes the "copy link" controls beside headings (heading-link.ts), keeping the headings: for
 * the one-page edition, whose sections have their permanent links on the pages they come from.
 */
export function stripHeadingLinks(html: string): string {
  return html.replace(
    /<div class="heading-link-wrap level-\d">\s*(<h([1-6])\b[\s\S]*?<\/h\2>)\s*<a class="heading-link[^"]*"[^>]*>[\s\S]*?<\/a>\s*<\/div>/g,
    '$1',
  );
}
