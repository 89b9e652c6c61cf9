/**
 * Builds into a temporary folder beside the output folder and swaps it in only when the build
 * succeeded, so a failed build never leaves a half-written or empty dist/: the last good site
 * stays where it was. (Node only: used by scripts/build.mjs.)
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, rmdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

/** The folder, beside the output folder, that holds builds in progress (ignored by git). */
export const STAGING = '.build-tmp';

export interface AtomicBuildResult {
  outDir: string;
  /** Whether an earlier build was replaced. */
  replaced: boolean;
}

/** Files a finished build must contain before it may replace the last one. */
export const REQUIRED_FILES = ['index.html', '404.html', '_headers', '_redirects'] as const;

export class IncompleteBuildError extends Error {
  override name = 'IncompleteBuildError';
}

/** Moves a finished build into place, replacing the folder at outDir (if any) only at the last moment. */
export function swapInto(built: string, outDir: string): boolean {
  const target = resolve(outDir);
  if (!existsSync(target)) {
    mkdirSync(dirname(target), { recursive: true });
    renameSync(built, target);
    return false;
  }
  const old = `${built}-previous`;
  renameSync(target, old);
  try {
    renameSync(built, target);
  } catch (error) {
    renameSync(old, target);
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
  return true;
}

/** Whether a process with this id is running (a build in progress in another shell). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what killed builds left in the staging folder. Each build's folder is named
 * "<out>-<pid>-XXXXXX", so a folder whose process is gone is left over; a build still
 * running in another shell keeps its own. Returns the names removed.
 */
export function clearStaleBuilds(staging: string): string[] {
  let names: string[];
  try {
    names = readdirSync(staging);
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const pid = /-(\d+)-[^-]+(?:-previous)?$/.exec(name)?.[1];
    if (pid === undefined) return true; // named before folders carried a process id
    return Number(pid) !== process.pid && !running(Number(pid));
  });
  for (const name of stale) rmSync(join(staging, name), { recursive: true, force: true });
  return stale;
}

/**
 * Runs `build` with a fresh temporary folder; if it succeeds and the folder holds a whole site,
 * swaps it into outDir. Whatever happens, the temporary folder is gone afterwards.
 */
export async function buildAtomically(outDir: string, build: (tempDir: string) => Promise<void>): Promise<AtomicBuildResult> {
  const target = resolve(outDir);
  const staging = join(dirname(target), STAGING);
  clearStaleBuilds(staging);
  mkdirSync(staging, { recursive: true });
  const temp = mkdtempSync(join(staging, `${basename(target)}-${process.pid}-`));
  try {
    await build(temp);
    const missing = REQUIRED_FILES.filter((file) => !existsSync(join(temp, file)));
    if (missing.length) {
      throw new IncompleteBuildError(`the build finished without ${missing.join(', ')}; ${relative(process.cwd(), target) || target} was not replaced`);
    }
    const replaced = swapInto(temp, target);
    return { outDir: target, replaced };
  } finally {
    rmSync(temp, { recursive: true, force: true });
    try {
      rmdirSync(staging);
    } catch {
      // Another build is using it, or it was not empty: leave it.
    }
  }
}
