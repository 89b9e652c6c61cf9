/**
 * `npm run build` when something is wrong: it stops with the file and what to fix, and the last
 * good dist/ stays exactly as it was. Two real runs of scripts/build.mjs in a copy of the project:
 * one with four broken content files (a theme number used twice, broken MDX, an unknown
 * component, a missing image), one with an invalid environment variable. The other bad-content
 * cases are unit tests of the validator. The temporary-folder swap itself is unit-tested in
 * scripts/lib/atomic-build.test.ts, and each check in src/integrations/content-check/mdx-check.test.ts.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const project = resolve('.');
const copy = mkdtempSync(join(tmpdir(), '21cps-failed-build-'));
const previous = { 'index.html': '<p>the last good build</p>', 'themes/fluid-careers/index.html': '<p>a page of it</p>' };

beforeAll(() => {
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts']) {
    cpSync(join(project, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(copy, 'node_modules'));
  for (const [file, text] of Object.entries(previous)) {
    mkdirSync(join(copy, 'dist', file, '..'), { recursive: true });
    writeFileSync(join(copy, 'dist', file), text);
  }
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

async function build(env: Record<string, string> = {}) {
  const started = Date.now();
  return run(join(project, 'node_modules/.bin/node'), ['scripts/build.mjs'], { cwd: copy, env: { ...process.env, ...env } }).then(
    ({ stdout, stderr }) => ({ failed: false, output: `${stdout}\n${stderr}`, ms: Date.now() - started }),
    (error: { stdout: string; stderr: string }) => ({ failed: true, output: `${error.stdout}\n${error.stderr}`, ms: Date.now() - started }),
  );
}

function expectPreviousDistUntouched() {
  const files = readdirSync(join(copy, 'dist'), { recursive: true }).map(String).filter((f) => f.endsWith('.html')).sort();
  expect(files).toEqual(Object.keys(previous).sort());
  for (const [file, text] of Object.entries(previous)) expect(readFileSync(join(copy, 'dist', file), 'utf8')).toBe(text);
  expect(existsSync(join(copy, '.build-tmp'))).toBe(false);
}

describe('a build that fails', () => {
  it('names each bad content file, line and fix, and keeps the previous dist/', async () => {
    const edit = (file: string, change: (text: string) => string) => writeFileSync(join(copy, file), change(readFileSync(join(copy, file), 'utf8')));
    edit('content/themes/04-fluid-careers.mdx', (text) => text.replace(/^number: 4$/m, 'number: 3'));
    edit('content/themes/02-shared-humanity.mdx', (text) => `${text}\nA stray {brace that is never closed.\n`);
    edit('content/themes/03-generic-skills.mdx', (text) => `${text}\n<Quote text="not a component" />\n`);
    edit('content/pages/about.mdx', (text) => `${text}\n![A chart](./chart.png)\n`);

    const result = await build();
    expect(result.failed).toBe(true);
    expect(result.output).toContain('content/themes/04-fluid-careers.mdx › number: 3 is already used by content/themes/03-generic-skills.mdx');
    expect(result.output).toContain('content/themes/ › number: no theme has number 4');
    expect(result.output).toMatch(/content\/themes\/02-shared-humanity\.mdx › body: line \d+, column \d+: is not valid MDX: .*closing brace/);
    expect(result.output).toMatch(/content\/themes\/03-generic-skills\.mdx › body: line \d+: <Quote> is not a component content can use\. Use one of <ThemeLink>/);
    expect(result.output).toContain('content/pages/about.mdx › body');
    expect(result.output).toContain('the image "./chart.png" does not exist (looked for content/pages/chart.png)');
    expect(result.output).toContain('Build failed: nothing was published, and dist/ was left as it was.');
    expectPreviousDistUntouched();
  });

  it('stops at once on an invalid environment variable, naming it, and keeps the previous dist/', async () => {
    const result = await build({ SITE_URL: 'example.ac.uk/21cps' });
    expect(result.failed).toBe(true);
    expect(result.output).toContain('Environment variable SITE_URL: "example.ac.uk/21cps" is not an absolute URL. Use e.g. https://example.ac.uk');
    expect(result.ms).toBeLessThan(5_000);
    expectPreviousDistUntouched();
  });
});
