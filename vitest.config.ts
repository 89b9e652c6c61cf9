/// <reference types="vitest/config" />
// Astro's Vite config, so component tests can render .astro files with the Container API.
import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';
import { LongestFirst } from './tests/support/longest-first.ts';

/** Tests that read the built site (dist/), which `npm test` builds first, or run a build of their own. */
const BUILD = ['tests/build/**/*.test.ts', 'tests/search/queries.test.ts'];
/** Tests in Debian's Chromium (and nginx). */
const BROWSER = ['tests/browser/**/*.test.ts', 'tests/deploy/**/*.test.ts'];

export default getViteConfig({
  test: {
    // Two files at a time even on two cores: browser tests mostly wait on Chromium, so the long
    // reading test runs beside the others instead of before them (vitest's default is cores - 1).
    maxWorkers: 2,
    // Without timings of its own (a fresh clone), the longest files first (see the file).
    sequence: { sequencer: LongestFirst },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        // Everything else: no dist/, no browser, no global setup (`npm run test:unit`).
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...BUILD, ...BROWSER],
          // Files share a worker and its loaded modules (no test mocks a module or changes a global):
          // a fresh process per file cost more than the tests (33.5 -> 18.6 CPU-s for the project).
          isolate: false,
        },
      },
      {
        // Shared modules here also share what they read of dist/ once (tests/support/dist.ts):
        // 53 -> 36 CPU-s for the project.
        test: { name: 'build', include: BUILD, globalSetup: ['tests/support/serve-dist.ts'], isolate: false },
      },
      {
        test: {
          name: 'browser',
          include: BROWSER,
          globalSetup: ['tests/support/serve-dist.ts', 'tests/support/find-chromium.ts'],
          // What a page does after load (scripts loading on use, a block opening, a copy) can take
          // seconds on a busy two-core machine: wait for it up to 10 s instead of Vitest's 1 s.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
