/**
 * One real build with bad content (the other bad-content cases are unit tests of the
 * validator): it must stop with the file and field, and write no site.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const project = resolve('.');
const copy = mkdtempSync(join(tmpdir(), '21cps-bad-build-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a build with a bad theme file', () => {
  it('fails, naming the file and the field, and writes no dist/', async () => {
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
      cpSync(join(project, entry), join(copy, entry), { recursive: true });
    }
    symlinkSync(join(project, 'node_modules'), join(copy, 'node_modules'));
    // The fixture: theme 4 claims to be theme 3.
    const file = join(copy, 'content/themes/04-fluid-careers.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^number: 4$/m, 'number: 3'));

    const astro = join(project, 'node_modules/.bin/astro');
    const result = await run(astro, ['build'], { cwd: copy, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }).then(
      () => ({ failed: false, output: '' }),
      (error: { stdout: string; stderr: string }) => ({ failed: true, output: `${error.stdout}\n${error.stderr}` }),
    );
    expect(result.failed).toBe(true);
    expect(result.output).toContain('content/themes/04-fluid-careers.mdx › number: 3 is already used by content/themes/03-generic-skills.mdx');
    expect(result.output).toContain('content/themes/ › number: no theme has number 4');
    expect(existsSync(join(copy, 'dist'))).toBe(false);
  });
});
