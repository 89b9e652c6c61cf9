/**
 * The service worker itself (it runs in the reader's browser, not in the build). The offline
 * integration bundles it with Workbox's own modules and writes the precache list in place of
 * `self.__WB_MANIFEST` (withPrecacheList in service-worker.ts). What it does:
 * - precaches the list (a new build's list replaces the old, and outdated caches are removed);
 * - takes over at once (skipWaiting, clientsClaim), so "Save for offline" works on the same visit;
 * - answers page navigations from the network first, then the saved copy of that page, then the
 *   saved 404 page; Pagefind's ?ts=<tag> and utm_ parameters do not stop a saved file matching.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

// Typed here rather than through lib "webworker", which clashes with the DOM types of the rest of src/.
type Worker = { __WB_MANIFEST: PrecacheEntry[]; registration: { scope: string }; skipWaiting(): Promise<void> };
const worker = self as unknown as Worker;

void worker.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
// Directory URLs are not mapped to index.html here: pages come from the navigation route below.
// Written out as `self.__WB_MANIFEST`, the one place the build writes the list (minifying keeps it).
precacheAndRoute((self as unknown as Worker).__WB_MANIFEST, { directoryIndex: null as unknown as string, ignoreURLParametersMatching: [/^utm_/, /^ts$/] });

/** The saved file for a page's path: "/about/" and "/about" → "/about/index.html". */
function savedPage(pathname: string): string {
  if (pathname.endsWith('/')) return `${pathname}index.html`;
  return pathname.endsWith('.html') ? pathname : `${pathname}/index.html`;
}

registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkOnly({
    plugins: [
      {
        requestWillFetch: async ({ request }) => new Request(request, { cache: 'no-cache' }),
        handlerDidError: async ({ request }) => {
          const notFound = `${new URL(worker.registration.scope).pathname}404.html`;
          return (await caches.match(savedPage(new URL(request.url).pathname), { ignoreSearch: true })) ?? (await caches.match(notFound, { ignoreSearch: true })) ?? Response.error();
        },
      },
    ],
  }),
);
