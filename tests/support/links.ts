/**
 * A link checker for a built site: every internal href and asset of every page must lie under
 * the base path and resolve (to a page, a file, or a section id on the page), and no attribute
 * may point at a root-relative path outside the base path.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

export interface LinkProblem {
  page: string;
  link: string;
  problem: string;
}

const ATTRIBUTES = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['iframe', 'src'],
  ['form', 'action'],
  ['video', 'src'],
  ['audio', 'src'],
] as const;

export function filesUnder(dir: string, extension: RegExp): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (extension.test(name)) found.push(path);
    }
  };
  walk(dir);
  return found;
}

/** The URL path a file in the output answers at, under the base path. */
export function pagePath(outDir: string, file: string, basePath: string): string {
  const rel = file.slice(outDir.length + 1).split('\\').join('/');
  return basePath + rel.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Checks every page in outDir. `fetchStatus` asks the server for a path (it is served under the
 * base path) and returns the status and, for HTML, the body, so section ids can be checked.
 */
export async function checkLinks(
  outDir: string,
  options: { basePath: string; siteUrl: string; fetchPage: (path: string) => Promise<{ status: number; html?: string }> },
): Promise<{ problems: LinkProblem[]; checked: number }> {
  const problems: LinkProblem[] = [];
  const cache = new Map<string, Promise<{ status: number; ids?: Set<string> }>>();
  const resolveTarget = (path: string) => {
    let entry = cache.get(path);
    if (!entry) {
      entry = options.fetchPage(path).then(({ status, html }) => ({
        status,
        ...(html ? { ids: new Set(parse(html).querySelectorAll('[id]').map((el) => el.id)) } : {}),
      }));
      cache.set(path, entry);
    }
    return entry;
  };
  const origin = new URL(options.siteUrl).origin;
  let checked = 0;

  for (const file of filesUnder(outDir, /\.html$/)) {
    const page = pagePath(outDir, file, options.basePath);
    const root = parse(readFileSync(file, 'utf8'));
    const refs: string[] = [];
    for (const [tag, attribute] of ATTRIBUTES) {
      for (const element of root.querySelectorAll(`${tag}[${attribute}]`)) refs.push(element.getAttribute(attribute) ?? '');
    }
    for (const element of root.querySelectorAll('[srcset]')) {
      refs.push(...(element.getAttribute('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
    }
    const refresh = root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
    if (refresh) refs.push(refresh.replace(/^\d+;\s*url=/i, ''));

    for (const ref of refs) {
      if (!ref || /^(mailto|tel|data|javascript):/i.test(ref)) continue;
      const url = new URL(ref, `${origin}${page}`);
      if (url.origin !== origin) {
        if (/^https?:/.test(url.protocol) && ref.startsWith('//')) problems.push({ page, link: ref, problem: 'protocol-relative link' });
        continue; // another site: not ours to check
      }
      checked++;
      if (!url.pathname.startsWith(options.basePath)) {
        problems.push({ page, link: ref, problem: `is outside the base path ${options.basePath}` });
        continue;
      }
      const target = await resolveTarget(url.pathname);
      if (target.status !== 200) {
        problems.push({ page, link: ref, problem: `answers ${target.status}` });
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && !(url.pathname === page ? root.getElementById(id) : target.ids?.has(id))) {
        problems.push({ page, link: ref, problem: `has no element with id "${id}"` });
      }
    }
  }
  return { problems, checked };
}
