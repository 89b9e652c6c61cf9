/**
 * Ids the layouts and components put on every page (or on the pages content appears in). Content
 * may not use them, as a heading id or on an element: two elements with one id break the skip link,
 * the contents list or "Cite this page". The content check (src/integrations/content-check/allowlist.ts)
 * refuses them; tests/build/reserved-ids.test.ts checks this list against the built pages.
 */
export const RESERVED_IDS = [
  'top', // <body>: the "back to top" link
  'main', // <main>: the skip link
  'status-message', // the status region scripts announce into
  'site-search-q', // the header search box
  'contents-heading', // the contents list
  'contents', // the full edition's contents
  'cite', // "Cite this page"
  'embed', // "Embed this theme"
  'connections-to-the-themes', // the leadership page's table of connections
  'wording', // a theme's note on the wording, where its editorial insertion links
] as const;

/** Families of ids the components make: cite-report-apa, embed-code, map-inline-title, card-4, theme-5-in-brief (the full edition's prefix), kind-call (the leadership page's groups). */
export const RESERVED_ID_PREFIXES = ['cite-', 'embed-', 'map-', 'card-', 'theme-', 'kind-'] as const;

export const isReservedId = (id: string): boolean =>
  (RESERVED_IDS as readonly string[]).includes(id) || RESERVED_ID_PREFIXES.some((prefix) => id.startsWith(prefix));
