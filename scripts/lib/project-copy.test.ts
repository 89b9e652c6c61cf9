import { existsSync, lstatSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject } from './project-copy.ts';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'project-copy-'));
  made.push(dir);
  return dir;
};

describe('copyProject', () => {
  it('copies the sources and links each package, but not the build caches in node_modules', () => {
    const project = folder();
    for (const dir of ['src', 'node_modules/astro', 'node_modules/.bin', 'node_modules/.astro', 'node_modules/.vite', 'dist']) mkdirSync(join(project, dir), { recursive: true });
    writeFileSync(join(project, 'src/page.ts'), 'export {};');
    writeFileSync(join(project, 'node_modules/.astro/data-store.json'), '{}');
    const copy = join(folder(), 'copy');
    mkdirSync(copy);
    copyProject(project, copy);
    expect(lstatSync(join(copy, 'src/page.ts')).isFile()).toBe(true);
    expect(lstatSync(join(copy, 'node_modules')).isSymbolicLink()).toBe(false);
    expect(lstatSync(join(copy, 'node_modules/astro')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(copy, 'node_modules/.bin')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(copy, 'node_modules/.astro'))).toBe(false);
    expect(existsSync(join(copy, 'node_modules/.vite'))).toBe(false);
    expect(existsSync(join(copy, 'dist'))).toBe(false);
  });
});
