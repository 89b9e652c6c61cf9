/**
 * The "copy link" control beside every h2 and h3: a real link to the section (#id) that works
 * without JavaScript; src/scripts/copy.ts copies its absolute URL and says "Link copied".
 * One definition, used by the rehype plugin for MDX headings (rehype-heading-links.ts) and by
 * SectionHeading.astro for headings written in .astro pages, so both render the same markup:
 *
 *   <div class="heading-link-wrap level-2">
 *     <h2 id="in-brief">In brief</h2>
 *     <a class="heading-link no-print" href="#in-brief" data-copy-link data-pagefind-ignore>
 *       <svg aria-hidden="true" width="16" height="16"><use href="#icon-link"></use></svg><span class="sr-only">Link to section: In brief</span>
 *     </a>
 *   </div>
 *
 * The link sits beside the heading, not inside it, so the heading's own text (read out by
 * screen readers, used in the contents list and by search) stays just the heading.
 */

export const HEADING_LINK_WRAP_CLASS = 'heading-link-wrap';
export const HEADING_LINK_CLASS = 'heading-link no-print';

export function headingLinkLabel(headingText: string): string {
  return `Link to section: ${headingText.replace(/\s+/g, ' ').trim()}`;
}

/** The id of the chain-link icon, defined once per page by LinkIcon.astro and drawn with <use>. */
export const LINK_ICON_ID = 'icon-link';

/** A chain-link icon (after Feather's "link", MIT licence), drawn in the text colour. */
export const LINK_ICON_PATHS = [
  'M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71',
  'M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71',
] as const;
