/**
 * Test order for a run without Vitest's own timings (a fresh clone, as in CI): Vitest then starts
 * the largest files first, and the longest browser file, a small one, started late and ran on
 * alone at the end (a clean clone's run 243 s against 222 s with timings). These files, the
 * longest in every timed run, start first; the rest keep Vitest's order. With timings, Vitest's
 * own order (longest first) stands.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const LONGEST_FIRST = ['tests/browser/reading.test.ts', 'tests/browser/search.test.ts', 'tests/browser/design.test.ts', 'tests/browser/read-deeper.test.ts', 'tests/deploy/subpath.test.ts'];

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    if (files.every((spec) => this.ctx.cache.getTestSpecificationResult(spec))) return sorted;
    const rank = (spec: TestSpecification) => {
      const at = LONGEST_FIRST.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
      return at === -1 ? LONGEST_FIRST.length : at;
    };
    // A stable sort: the files not listed keep Vitest's order (by project, then largest first).
    return sorted.toSorted((a, b) => rank(a) - rank(b));
  }
}
