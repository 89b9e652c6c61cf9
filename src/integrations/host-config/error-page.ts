/**
 * The page a web server shows when it cannot answer at all (400 bad request, 414 address too
 * long, 500–504 server errors): the site's 404 page with its heading and first paragraph
 * rewritten, so it has the site's header, styles, policy and list of themes, and no script of
 * its own. Written beside 404.html as error.html by the host-config step (nginx serves it).
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

export const ERROR_PAGE = 'error.html';
export const ERROR_TITLE = 'Something went wrong';
const ERROR_TEXT =
  'The web server could not answer this request. If you typed or pasted the web address, check it: it may be too long or have a stray character in it. Otherwise, try again in a minute, or choose one of the themes below.';

const textOf = (element: Element) => element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

/** error.html from the built 404 page. */
export function errorPageFrom404(notFoundHtml: string, notFoundTitle: string): string {
  const tree: Root = fromHtml(notFoundHtml);
  let paragraphAfterHeading = false;
  visit(tree, 'element', (element, index, parent) => {
    const { tagName, properties } = element;
    if (tagName === 'title') element.children = [{ type: 'text', value: textOf(element).replace(notFoundTitle, ERROR_TITLE) }];
    // Its own address where the 404 page names its own.
    if (tagName === 'link' && String(properties['rel']) === 'canonical') properties['href'] = String(properties['href']).replace(/404\.html$/, ERROR_PAGE);
    if (tagName === 'meta' && properties['property'] === 'og:url') properties['content'] = String(properties['content']).replace(/404\.html$/, ERROR_PAGE);
    if (tagName === 'meta' && (properties['name'] === 'description' || properties['property'] === 'og:description')) properties['content'] = ERROR_TEXT;
    if (tagName === 'meta' && typeof properties['content'] === 'string') properties['content'] = properties['content'].replace(notFoundTitle, ERROR_TITLE);
    if (tagName === 'h1') {
      element.children = [{ type: 'text', value: ERROR_TITLE }];
      paragraphAfterHeading = true;
    } else if (tagName === 'p' && paragraphAfterHeading) {
      paragraphAfterHeading = false;
      parent?.children.splice(index ?? 0, 1, h('p', { className: properties['className'] }, ERROR_TEXT));
      return SKIP;
    }
    return undefined;
  });
  // Attribute values keep their apostrophes (the policy is matched byte for byte afterwards); " and & are still escaped.
  return toHtml(tree, { allowDangerousCharacters: true });
}
