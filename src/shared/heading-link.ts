/**
 * The "copy link" control beside every h2 and h3: a real link to the section (#id) that works
 * without JavaScript; src/scripts/copy.ts copies its absolute URL and says "Link copied".
 * One definition, used by the hast plugin for MDX headings (src/integrations/markdown/headings.ts) and by
 * SectionHeading.astro for headings written in .astro pages, so both render the same markup:
 *
 *   <div class="heading-link-wrap level-2">
 *     <h2 id="in-brief">In brief</h2>
 *     <a class="heading-link no-print" href="#in-brief" aria-label="Link to section: In brief" data-pagefind-ignore>#</a>
 *   </div>
 *
 * The link sits beside the heading, not inside it, so the heading's own text (read out by
 * screen readers, used in the contents list and by search) stays just the heading. Its name is
 * an attribute, not text, and the "#" it shows is kept out of the search index (data-pagefind-ignore),
 * so result excerpts and section titles read "In brief", not "# In brief".
 */

export const HEADING_LINK_WRAP_CLASS = 'heading-link-wrap';
export const HEADING_LINK_CLASS = 'heading-link no-print';

export function headingLinkLabel(headingText: string): string {
  return `Link to section: ${headingText.replace(/\s+/g, ' ').trim()}`;
}

/** What the link shows: "#", the usual mark of a link to a section (its name is the aria-label). */
export const HEADING_LINK_TEXT = '#';
