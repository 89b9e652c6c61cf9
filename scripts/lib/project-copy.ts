/**
 * A working copy of the project for a build of its own: the bench's scaled sites, the tests'
 * failed and sub-path builds. The sources are copied; node_modules is linked package by package,
 * not as one link, so the caches Astro and Vite keep there (.astro, .vite) are the copy's own: its
 * build neither reads nor rewrites the project's content cache, nor races another copy's build.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What a build reads from the project. */
const PROJECT_SOURCES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];
/** The build caches inside node_modules. */
const CACHES = new Set(['.astro', '.vite']);

export function copyProject(project: string, copy: string): void {
  for (const entry of PROJECT_SOURCES) {
    if (existsSync(join(project, entry))) cpSync(join(project, entry), join(copy, entry), { recursive: true });
  }
  const modules = join(copy, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(project, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(project, 'node_modules', name), join(modules, name));
  }
}
