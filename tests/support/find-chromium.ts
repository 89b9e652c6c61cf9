/** Global setup of the browser project: find Chromium once. Tests read its path with inject('chromiumPath'). */
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/lib/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}

export default function setup(project: TestProject) {
  project.provide('chromiumPath', findChromium());
}
