/**
 * The link checker for a built site. Every internal link, image, script, stylesheet, form, frame,
 * media source, preview image, redirect target, pasted embed code and URL in the JSON, XML and
 * text files must lie under the base path and resolve to a file of the output, and every
 * #fragment must name an id on the page it points to (through a redirect page if need be).
 * Protocol-relative links are refused. Links to other sites are listed, not fetched (the tests
 * never use the network).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface LinkProblem {
  /** The file the link is in, relative to the output folder, e.g. "/themes/fluid-careers/index.html". */
  file: string;
  link: string;
  problem: string;
}

export interface CheckResult {
  problems: LinkProblem[];
  /** How many internal links, images and URLs were checked. */
  checked: number;
  /** Every internal URL path checked, with the base path ("/21cps/themes/x/"), once each: for asking a server too. */
  targets: string[];
  /** Links to other sites (not fetched). */
  external: string[];
}

export interface CheckOptions {
  /** The origin the site is published at, e.g. "http://localhost:4321/": absolute URLs under it are internal. */
  siteUrl: string;
  /** The path the site is served under; every internal reference must start with it. */
  basePath?: string;
}

interface Reference {
  url: string;
  kind: string;
}

/** Every file under dir whose name matches, as full paths. */
export function filesUnder(dir: string, name: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && name.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The URL path a file of the output answers at, under the base path. */
export function pagePath(outDir: string, file: string, basePath: string): string {
  const relative = file.slice(outDir.length + 1).split('\\').join('/');
  return basePath + relative.replace(/(^|\/)index\.html$/, '$1');
}

/** The target of a <meta http-equiv="refresh"> redirect page, if the page is one. */
function refreshTarget(root: HTMLElement): string | undefined {
  const content = root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
  return (content && /url=(.+)$/i.exec(content)?.[1]?.trim()) || undefined;
}

const HTML_REFERENCES: [selector: string, attribute: string, kind: string][] = [
  ['a[href]', 'href', 'link'],
  ['area[href]', 'href', 'link'],
  ['link[href]', 'href', 'head link'],
  ['form[action]', 'action', 'form'],
  ['img[src]', 'src', 'image'],
  ['script[src]', 'src', 'script'],
  ['iframe[src]', 'src', 'frame'],
  ['source[src]', 'src', 'media'],
  ['video[src]', 'src', 'media'],
  ['audio[src]', 'src', 'media'],
  ['meta[property="og:image"]', 'content', 'preview image'],
  ['meta[name="twitter:image"]', 'content', 'preview image'],
  ['meta[property="og:url"]', 'content', 'link'],
];

/** Every URL a built HTML page refers to, with what kind of reference it is. */
function htmlReferences(root: HTMLElement): Reference[] {
  const references: Reference[] = [];
  for (const [selector, attribute, kind] of HTML_REFERENCES) {
    for (const element of root.querySelectorAll(selector)) {
      const value = element.getAttribute(attribute);
      if (value !== undefined) references.push({ url: value, kind });
    }
  }
  for (const element of root.querySelectorAll('[srcset]')) {
    for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) references.push({ url, kind: 'image' });
    }
  }
  const redirect = refreshTarget(root);
  if (redirect) references.push({ url: redirect, kind: 'redirect' });
  // The embed code shown on theme pages is text, but readers paste it: its URL must work too.
  for (const code of root.querySelectorAll('#embed-code')) {
    for (const match of code.textContent.matchAll(/src="([^"]+)"/g)) references.push({ url: match[1] as string, kind: 'embed code' });
  }
  return references;
}

/** Every absolute URL in a JSON, XML or text document (open data, oEmbed answers, sitemap, robots.txt). */
function textReferences(text: string): Reference[] {
  return [...text.matchAll(/https?:\/\/[^"\s\\<>]+/g)].map((match) => ({ url: match[0], kind: 'URL in a data file' }));
}

export function checkLinks(outDir: string, options: CheckOptions): CheckResult {
  const basePath = options.basePath ?? '/';
  const site = new URL(basePath, options.siteUrl);
  const parsed = new Map<string, HTMLElement>();
  const ids = new Map<string, Set<string>>();
  const htmlOf = (file: string) => {
    let root = parsed.get(file);
    if (!root) {
      root = parse(readFileSync(join(outDir, file), 'utf8'));
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
  /** The file a base-free site path ("/themes/x/") is served from, or undefined. */
  const fileFor = (path: string): string | undefined => {
    const candidate = path.endsWith('/') ? `${path}index.html` : path;
    const full = join(outDir, candidate);
    return existsSync(full) && statSync(full).isFile() ? candidate : undefined;
  };

  const problems: LinkProblem[] = [];
  const targets = new Set<string>();
  const external: string[] = [];
  let checked = 0;

  const check = (from: string, reference: Reference, depth = 0): void => {
    const raw = reference.url.trim();
    if (!raw || /^(mailto|tel|data|javascript):/i.test(raw)) return;
    const report = (problem: string) => problems.push({ file: from, link: raw, problem: `${reference.kind} ${problem}` });
    if (raw.startsWith('//')) {
      report('is protocol-relative: write the scheme');
      return;
    }
    let url: URL;
    try {
      url = new URL(raw, new URL(from.replace(/(^|\/)index\.html$/, '$1').slice(1), site));
    } catch {
      report('is not a valid URL');
      return;
    }
    if (url.origin !== site.origin) {
      if (/^https?:$/.test(url.protocol)) external.push(url.href);
      return;
    }
    checked += 1;
    if (!url.pathname.startsWith(basePath)) {
      report(`is outside the base path ${basePath}`);
      return;
    }
    targets.add(url.pathname);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname).slice(basePath.length - 1);
    } catch {
      report('has a badly encoded path');
      return;
    }
    const target = fileFor(path);
    if (!target) {
      const isFolder = existsSync(join(outDir, path)) && statSync(join(outDir, path)).isDirectory();
      report(isFolder ? `leaves out the trailing slash (use ${path}/)` : `points to ${path}, which is not in the built site`);
      return;
    }
    // A text fragment (#:~:text=…) names no id; what comes before it does.
    const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0] ?? '';
    if (!fragment || !target.endsWith('.html')) return;
    const redirect = refreshTarget(htmlOf(target));
    if (redirect && depth < 5) {
      check(target, { url: `${redirect}#${fragment}`, kind: reference.kind }, depth + 1);
      return;
    }
    if (!idsOf(target).has(fragment)) report(`points to #${fragment}, which is not an id on ${path}`);
  };

  for (const full of filesUnder(outDir, /\.(html|json|xml|txt)$/)) {
    const file = full.slice(outDir.length).split('\\').join('/');
    if (file.startsWith('/pagefind/')) continue; // the search index's own files
    if (file.endsWith('.html')) {
      for (const reference of htmlReferences(htmlOf(file))) check(file, reference);
    } else {
      for (const reference of textReferences(readFileSync(full, 'utf8'))) check(file, reference);
    }
  }
  return { problems, checked, targets: [...targets].sort(), external };
}
