/**
 * Turns whatever stopped a build into a message that names the file and says what to fix.
 * The project's own checks already say so (content, configuration, host files); errors from
 * Astro, Vite and the MDX compiler are reduced to file, line and reason.
 */
import { relative } from 'node:path';

interface ErrorLike {
  name?: string;
  message?: string;
  title?: string;
  hint?: string;
  loc?: { file?: string; line?: number; column?: number };
  id?: string;
}

/** Errors whose message is already written for the person fixing it. */
const OWN_ERRORS = new Set(['ConfigError', 'ContentCheckError', 'HostConfigError', 'IncompleteBuildError']);

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

function relativePath(root: string, file: string): string {
  const path = file.startsWith('file://') ? new URL(file).pathname : file;
  const rel = relative(root, path);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : path;
}

export function describeBuildError(error: unknown, root: string): string {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as ErrorLike;
  const message = (e.message ?? '').replace(ANSI, '').trim();
  if (e.name && OWN_ERRORS.has(e.name)) return message;
  const withRoot = (text: string) => text.replaceAll(`${root}/`, '');

  // The MDX compiler, through Vite: "[plugin @mdx-js/rolldown] /abs/file.mdx:40:1\nMDXError: reason".
  const mdx = /\]\s+(\S+\.mdx):(\d+):(\d+)\s*\n\s*\w*Error: ([^\n]+)/.exec(message);
  if (mdx) {
    return `${relativePath(root, mdx[1] ?? '')}:${mdx[2]}:${mdx[3]}: not valid MDX: ${mdx[4]}. In MDX, "{" and "<" start code: close every { } and <Tag>, or write \\{ and \\< for the characters themselves.`;
  }
  // Vite/Rolldown: "Could not resolve './chart.png' in content/themes/x.mdx".
  const unresolved = /Could not resolve ['"]([^'"]+)['"] in (\S+)/.exec(message);
  if (unresolved) {
    return `${withRoot(unresolved[2] ?? '')}: cannot find "${unresolved[1]}". Check the path (relative to that file), or add the missing file.`;
  }
  // MDX rendering a component nobody provided (the page is named, not the content file).
  const component = /Expected component `([^`]+)` to be defined/.exec(message);
  if (component) {
    return `An MDX file uses <${component[1]}>, which is not a component content can use${e.id ? ` (while building ${e.id})` : ''}. Add it to src/components/mdx/index.ts, or remove it from the content.`;
  }
  // Astro's own errors carry a location, a title and a hint.
  if (e.loc?.file) {
    const where = [relativePath(root, e.loc.file), e.loc.line, e.loc.column].filter((part) => part !== undefined).join(':');
    const hint = e.hint ? ` ${e.hint.replace(ANSI, '')}` : '';
    return `${where}: ${e.title && e.title !== 'Error' ? `${e.title}: ` : ''}${withRoot(message)}${hint}`;
  }
  const lines = withRoot(message).split('\n').filter((line) => line.trim() && !/^\s+at /.test(line));
  const head = lines.slice(0, 12).join('\n');
  return `${e.id ? `${e.id}: ` : ''}${head || e.name || 'unknown error'}${e.hint ? `\n${e.hint}` : ''}`;
}
