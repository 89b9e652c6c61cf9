/// <reference types="vitest/config" />
// Astro's Vite config, so component tests can render .astro files with the Container API.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Built-output and browser tests read dist/, which `npm test` builds first.
    globalSetup: ['tests/support/global-setup.ts'],
  },
});
