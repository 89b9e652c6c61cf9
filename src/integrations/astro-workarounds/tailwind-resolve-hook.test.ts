import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'tailwind-hook-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('loadTailwind', () => {
  // In a process of its own: the hook is registered for a whole process, once.
  it('keeps Tailwind’s module hook through the CSS build and removes it before the pages are rendered', () => {
    // a.mjs re-exports b.mjs's URL: with Tailwind's hook, b inherits the ?id= of the module importing it.
    writeFileSync(join(folder, 'a.mjs'), "export { url } from './b.mjs';\n");
    writeFileSync(join(folder, 'b.mjs'), 'export const url = import.meta.url;\n');
    const script = `
      const { loadTailwind } = await import(${JSON.stringify(pathToFileURL(join(import.meta.dirname, 'tailwind-resolve-hook.ts')).href)});
      const { tailwindcss, dropTailwindResolveHook } = await loadTailwind();
      const a = ${JSON.stringify(pathToFileURL(join(folder, 'a.mjs')).href)};
      const before = (await import(a + '?id=1')).url;
      const plugin = dropTailwindResolveHook();
      await plugin.buildApp.handler();
      const after = (await import(a + '?id=2')).url;
      console.log(JSON.stringify({ plugin: typeof tailwindcss, apply: plugin.apply, order: plugin.buildApp.order, before, after }));`;
    const result = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    expect(result).toMatchObject({ plugin: 'function', apply: 'build', order: 'post' });
    expect(result.before).toMatch(/\/b\.mjs\?id=1$/);
    expect(result.after).toMatch(/\/b\.mjs$/);
  });
});
