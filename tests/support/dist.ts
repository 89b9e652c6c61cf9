/** Reading the built site (dist/) in tests. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = 'dist';

/** Pages a web server shows for errors, not pages to read: the 404 page and error.html (400, 414, 5xx). */
export const ERROR_PAGES: readonly string[] = ['/404.html', '/error.html'];

/** Every built HTML page, as a URL path ("/themes/fluid-careers/", "/404.html"). */
export function builtPages(dir = DIST): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        pages.push(`/${path.slice(dir.length + 1)}`.replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  };
  walk(dir);
  return pages.sort();
}

export function readPage(urlPath: string, dir = DIST): string {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return readFileSync(join(dir, file), 'utf8');
}

const parsed = new Map<string, HTMLElement>();
/** The parsed document of a built page (cached: pages do not change during a run). */
export function page(urlPath: string, dir = DIST): HTMLElement {
  const key = `${dir}:${urlPath}`;
  let root = parsed.get(key);
  if (!root) {
    root = parse(readPage(urlPath, dir));
    parsed.set(key, root);
  }
  return root;
}

export function meta(root: HTMLElement, name: string): string | undefined {
  return (root.querySelector(`meta[name="${name}"]`) ?? root.querySelector(`meta[property="${name}"]`))?.getAttribute('content');
}

export const text = (element: HTMLElement | null | undefined) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
