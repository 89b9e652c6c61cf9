/**
 * Global setup of the build and browser projects: check the built site exists and serve dist/ on
 * a loopback port with the same server `npm start` uses. Tests read the URL with inject('baseUrl').
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { createStaticServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('No built site in dist/. Run "npm test" (which builds first) or "npm run build".');
  }
  const server = createStaticServer({ root: 'dist', basePath: '/' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return async () => {
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
  };
}
