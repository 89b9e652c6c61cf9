/**
 * Builds into a temporary folder beside the output folder and swaps it in only when the build
 * succeeded, so a failed build never leaves a half-written or empty dist/: the last good site
 * stays where it was. (Node only: used by scripts/build.mjs.)
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, rmdirSync } from 'node:fs';
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

/**
 * Runs `build` with a fresh temporary folder; if it succeeds and the folder holds a whole site,
 * swaps it into outDir. Whatever happens, the temporary folder is gone afterwards.
 */
export async function buildAtomically(outDir: string, build: (tempDir: string) => Promise<void>): Promise<AtomicBuildResult> {
  const target = resolve(outDir);
  const staging = join(dirname(target), STAGING);
  mkdirSync(staging, { recursive: true });
  const temp = mkdtempSync(join(staging, `${basename(target)}-`));
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
