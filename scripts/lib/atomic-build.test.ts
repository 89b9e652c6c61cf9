import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IncompleteBuildError, REQUIRED_FILES, STAGING, buildAtomically, clearStaleBuilds } from './atomic-build.ts';

let work: string;
let dist: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), '21cps-atomic-'));
  dist = join(work, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), 'previous build');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const completeSite = (dir: string, marker: string) => {
  for (const file of REQUIRED_FILES) writeFileSync(join(dir, file), marker);
};

describe('building into a temporary folder and swapping on success', () => {
  it('replaces dist/ with the new build, and leaves nothing behind', async () => {
    const result = await buildAtomically(dist, async (temp) => {
      expect(temp.startsWith(join(work, STAGING))).toBe(true);
      completeSite(temp, 'new build');
    });
    expect(result.replaced).toBe(true);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new build');
    expect(readdirSync(work)).toEqual(['dist']);
  });
  it('creates dist/ when there was none', async () => {
    rmSync(dist, { recursive: true });
    const result = await buildAtomically(dist, async (temp) => completeSite(temp, 'first'));
    expect(result.replaced).toBe(false);
    expect(readFileSync(join(dist, '404.html'), 'utf8')).toBe('first');
  });
  it('keeps the previous dist/ untouched when the build fails part-way', async () => {
    const failure = new Error('page render failed');
    await expect(
      buildAtomically(dist, async (temp) => {
        writeFileSync(join(temp, 'index.html'), 'half written');
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(readdirSync(dist)).toEqual(['index.html']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous build');
    expect(readdirSync(work)).toEqual(['dist']);
  });
  it('refuses a build that finished without a whole site', async () => {
    await expect(buildAtomically(dist, async (temp) => writeFileSync(join(temp, 'index.html'), 'only this'))).rejects.toThrow(IncompleteBuildError);
    await expect(buildAtomically(dist, async () => {})).rejects.toThrow(/without index\.html, 404\.html, _headers, _redirects/);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous build');
    expect(existsSync(join(work, STAGING))).toBe(false);
  });
});

describe('what a killed build left behind', () => {
  it('is cleared by the next build; a build still running elsewhere keeps its folder', async () => {
    const staging = join(work, STAGING);
    // A SIGKILLed build (its process is gone), one from before folders carried a process id, and a live one (this process's parent).
    for (const name of ['dist-999999999-AbC123', 'dist-Xy12Z9', `dist-${process.ppid}-LiVe12`]) {
      mkdirSync(join(staging, name, 'themes'), { recursive: true });
      writeFileSync(join(staging, name, 'index.html'), 'half written');
    }
    await buildAtomically(dist, async (temp) => completeSite(temp, 'new build'));
    expect(readdirSync(staging)).toEqual([`dist-${process.ppid}-LiVe12`]);
    expect(clearStaleBuilds(join(work, 'nothing-here'))).toEqual([]);
  });
});
