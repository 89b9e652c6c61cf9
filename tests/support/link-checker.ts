/**
 * A link checker for the built site: every internal link, image, script, stylesheet, preview
 * image, redirect target and URL in the JSON files must resolve to a file in dist/, and every
 * #fragment must name an id on the page it points to. Links to other sites are counted, not
 * fetched (the tests never use the network).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface LinkProblem {
  /** The file the link is in, relative to the site root, e.g. "/themes/fluid-careers/index.html". */
  file: string;
  link: string;
  problem: string;
}

export interface CheckResult {
  problems: LinkProblem[];
  /** How many internal links, images and URLs were checked. */
  checked: number;
  /** Links to other sites (not fetched). */
  external: string[];
}

interface Options {
  /** The origin the site is published at, e.g. "http://localhost:4321/": absolute URLs under it are internal. */
  siteUrl: string;
  basePath?: string;
}

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const relative = `${prefix}/${name}`;
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : walk(path, relative);
    return [relative];
  });
}

/** Every URL a built HTML page refers to, with what kind of reference it is. */
function htmlReferences(root: HTMLElement): { url: string; kind: string }[] {
  const references: { url: string; kind: string }[] = [];
  const add = (selector: string, attribute: string, kind: string) => {
    for (const element of root.querySelectorAll(selector)) {
      const value = element.getAttribute(attribute);
      if (value !== undefined) references.push({ url: value, kind });
    }
  };
  add('a[href]', 'href', 'link');
  add('area[href]', 'href', 'link');
  add('link[href]', 'href', 'head link');
  add('img[src]', 'src', 'image');
  add('script[src]', 'src', 'script');
  add('iframe[src]', 'src', 'frame');
  add('source[src]', 'src', 'media');
  add('meta[property="og:image"]', 'content', 'preview image');
  add('meta[name="twitter:image"]', 'content', 'preview image');
  add('meta[property="og:url"]', 'content', 'link');
  for (const element of root.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) references.push({ url, kind: 'image' });
    }
  }
  const refresh = root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
  const target = refresh && /url=(.+)$/i.exec(refresh)?.[1];
  if (target) references.push({ url: target.trim(), kind: 'redirect' });
  // The embed code shown on theme pages is text, but readers paste it: its URL must work too.
  for (const code of root.querySelectorAll('#embed-code')) {
    for (const match of code.textContent.matchAll(/src="([^"]+)"/g)) references.push({ url: match[1] as string, kind: 'embed code' });
  }
  return references;
}

/** Every absolute URL in a JSON document (open data, oEmbed answers), including inside its HTML. */
function jsonReferences(text: string): { url: string; kind: string }[] {
  return [...text.matchAll(/https?:\/\/[^"\s\\<>]+/g)].map((match) => ({ url: match[0], kind: 'URL in JSON' }));
}

export function checkLinks(dist: string, options: Options): CheckResult {
  const basePath = options.basePath ?? '/';
  const site = new URL(basePath, options.siteUrl);
  const files = walk(dist);
  const ids = new Map<string, Set<string>>();
  const parsed = new Map<string, HTMLElement>();
  const redirects = new Map<string, string>();
  const htmlOf = (file: string) => {
    let root = parsed.get(file);
    if (!root) {
      root = parse(readFileSync(join(dist, file), 'utf8'));
      parsed.set(file, root);
    }
    return root;
  };
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set(htmlOf(file).querySelectorAll('[id]').map((element) => element.id));
      ids.set(file, set);
    }
    return set;
  };
  const redirectOf = (file: string) => {
    if (!redirects.has(file)) {
      const content = htmlOf(file).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
      redirects.set(file, (content && /url=(.+)$/i.exec(content)?.[1]?.trim()) || '');
    }
    return redirects.get(file) || undefined;
  };

  const result: CheckResult = { problems: [], checked: 0, external: [] };

  /** The file a site path is served from, or undefined. Paths are base-free ("/themes/x/"). */
  const fileFor = (path: string): string | undefined => {
    const candidate = path.endsWith('/') ? `${path}index.html` : path;
    const full = join(dist, candidate);
    return existsSync(full) && statSync(full).isFile() ? candidate : undefined;
  };

  const check = (from: string, reference: { url: string; kind: string }, depth = 0): void => {
    const raw = reference.url.trim();
    if (!raw || /^(mailto|tel|data|javascript):/i.test(raw)) return;
    const pageUrl = new URL(from.replace(/(^|\/)index\.html$/, '$1'), site);
    let url: URL;
    try {
      url = new URL(raw, pageUrl);
    } catch {
      result.problems.push({ file: from, link: raw, problem: `${reference.kind} is not a valid URL` });
      return;
    }
    if (url.origin !== site.origin || !url.pathname.startsWith(basePath)) {
      if (/^https?:$/.test(url.protocol)) result.external.push(url.href);
      return;
    }
    result.checked += 1;
    let path: string;
    try {
      path = decodeURIComponent(url.pathname).slice(basePath.length - 1);
    } catch {
      result.problems.push({ file: from, link: raw, problem: `${reference.kind} has a badly encoded path` });
      return;
    }
    const target = fileFor(path);
    if (!target) {
      const isFolder = existsSync(join(dist, path)) && statSync(join(dist, path)).isDirectory();
      result.problems.push({
        file: from,
        link: raw,
        problem: isFolder ? `${reference.kind} leaves out the trailing slash (use ${path}/)` : `${reference.kind} points to ${path}, which is not in the built site`,
      });
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0] ?? '';
    if (!fragment || !target.endsWith('.html')) return;
    const redirect = redirectOf(target);
    if (redirect && depth < 5) {
      check(target, { url: `${redirect}#${fragment}`, kind: reference.kind }, depth + 1);
      return;
    }
    if (!idsOf(target).has(fragment)) {
      result.problems.push({ file: from, link: raw, problem: `${reference.kind} points to #${fragment}, which is not an id on ${path}` });
    }
  };

  for (const file of files) {
    if (file.endsWith('.html')) {
      for (const reference of htmlReferences(htmlOf(file))) check(file, reference);
    } else if (file.endsWith('.json') || file.endsWith('.xml') || file.endsWith('.txt')) {
      for (const reference of jsonReferences(readFileSync(join(dist, file), 'utf8'))) check(file, reference);
    }
  }
  return result;
}
