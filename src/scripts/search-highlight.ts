/**
 * On a page opened from a search result (?highlight=word): marks the searched words in the
 * reading content with Pagefind's highlighter, then brings the section (#id) or, for a
 * page-level result, the first marked word into view.
 */
import { HIGHLIGHT_PARAM } from '../shared/search.ts';
import { addStylesheet, BUNDLE, loadScript } from './search-load.ts';
import stylesheet from './search-highlight.css?url';


interface HighlightWindow {
  PagefindHighlight?: new (options: Record<string, unknown>) => unknown;
}

async function highlight(): Promise<void> {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  await Promise.all([addStylesheet(stylesheet, 'append'), loadScript(`${BUNDLE}pagefind-highlight.js`, 'module')]);
  const Highlight = (window as HighlightWindow).PagefindHighlight;
  if (!Highlight) return;
  // Its own inline <style> is off: the colours are in search-highlight.css, for both schemes.
  new Highlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] } });
  const id = decodeURIComponent(location.hash.slice(1));
  const target = (id && document.getElementById(id)) || document.querySelector('mark.search-highlight');
  target?.scrollIntoView({ block: 'start' });
}

void highlight();
