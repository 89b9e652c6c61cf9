/**
 * Astro writes a page for each redirect (for hosts without redirect rules) with
 * `<meta http-equiv="refresh" content="0;url=…">`, which the HTML standard's syntax does not
 * allow (it needs "0; url=…"), so the Nu HTML Checker reports every short-link page. Astro has no
 * option for it, so the finished pages are rewritten here, on their syntax tree, and given the
 * site's language.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/** The page with a valid refresh, or undefined when `html` is not a redirect page. */
export function validRedirectPage(html: string, lang: string): string | undefined {
  // Only redirect pages are parsed: a tree for every page would cost more than rendering it.
  if (!/http-equiv=["']?refresh/i.test(html)) return undefined;
  const tree: Root = fromHtml(html);
  let redirect = false;
  visit(tree, 'element', (element) => {
    if (element.tagName === 'html') element.properties['lang'] = lang;
    if (element.tagName !== 'meta' || String(element.properties['httpEquiv'] ?? '').toLowerCase() !== 'refresh') return;
    const content = String(element.properties['content'] ?? '');
    const match = /^\s*(\d+)\s*[;,]\s*url\s*=\s*(.*)$/i.exec(content);
    if (!match) return;
    redirect = true;
    element.properties['content'] = `${match[1]}; url=${match[2]}`;
  });
  return redirect ? toHtml(tree) : undefined;
}
