/** Where the site and the Pagefind bundle live, and loading files from it without Vite's preload helper. */

export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
/** dist/pagefind/, written by the index step (src/integrations/search/index.ts). */
export const BUNDLE = `${BASE}pagefind/`;

/**
 * Loads a script from the Pagefind bundle with a <script> element (not import(), which would
 * make Vite add its preloading helper to this module).
 */
export function loadScript(src: string, type: 'classic' | 'module' = 'classic'): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (type === 'module') script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}

export function addStylesheet(href: string, where: 'prepend' | 'append' = 'prepend'): Promise<void> {
  // Only a stylesheet counts: /search/ also has a preload hint for the same file.
  const existing = document.querySelector(`link[rel="stylesheet"][href="${href}"]`);
  if (existing) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`Could not load ${href}`));
    // Pagefind's goes before the site's own styles, the site's search styles after them.
    if (where === 'prepend') document.head.prepend(link);
    else document.head.append(link);
  });
}
