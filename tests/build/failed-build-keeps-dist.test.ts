/**
 * `npm run build` when something is wrong: it stops with the file and what to fix, and the last
 * good dist/ stays byte for byte as it was. One real run of scripts/build.mjs per build stage, in
 * a copy of the project: the settings (invalid environment variables), the content check (broken
 * and hostile content files), rendering (a component that throws) and the steps after rendering
 * (a page the security policy would block). The temporary-folder swap itself is unit-tested in
 * scripts/lib/atomic-build.test.ts, and each content case in src/integrations/content-check/corpus.test.ts.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy.ts';

const run = promisify(execFile);
const project = resolve('.');
const copy = mkdtempSync(join(tmpdir(), '21cps-failed-build-'));
const previous = { 'index.html': '<p>the last good build</p>', 'themes/fluid-careers/index.html': '<p>a page of it</p>', 'og/home.png': '\u0089PNG\r\n\u001a\n' };

beforeAll(() => {
  copyProject(project, copy);
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

/** Every file in dist/ with a hash of its bytes. */
function distSnapshot(): Record<string, string> {
  const dist = join(copy, 'dist');
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files.map((entry) => join(entry.parentPath, entry.name)).sort().map((path) => [path.slice(dist.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex')]),
  );
}
let before: Record<string, string>;
beforeAll(() => {
  before = distSnapshot();
});

function expectPreviousDistUntouched() {
  const files = readdirSync(join(copy, 'dist'), { recursive: true }).map(String).filter((f) => f.endsWith('.html')).sort();
  expect(files).toEqual(Object.keys(previous).filter((f) => f.endsWith('.html')).sort());
  for (const [file, text] of Object.entries(previous)) expect(readFileSync(join(copy, 'dist', file), 'utf8')).toBe(text);
  expect(distSnapshot()).toEqual(before);
  expect(existsSync(join(copy, '.build-tmp'))).toBe(false);
}
const edit = (file: string, change: (text: string) => string) => writeFileSync(join(copy, file), change(readFileSync(join(copy, file), 'utf8')));

describe('a build that fails', () => {
  it('names each bad content file, line and fix, and keeps the previous dist/', async () => {
    const hostile = 'content/themes/05-publicness-and-commerciality.mdx';
    const originalHostile = readFileSync(join(copy, hostile), 'utf8');
    edit(hostile, (text) => `${text}\n<meta http-equiv="refresh" content="0;url=https://evil.example/" />\n\n{noSuchVariable.foo}\n`);
    edit('content/themes/04-fluid-careers.mdx', (text) => text.replace(/^number: 4$/m, 'number: 3'));
    edit('content/themes/02-shared-humanity.mdx', (text) => `${text}\nA stray {brace that is never closed.\n`);
    edit('content/themes/03-generic-skills.mdx', (text) => `${text}\n<Quote text="not a component" />\n`);
    edit('content/pages/about.mdx', (text) => `${text}\n![A chart](./chart.png)\n`);

    const result = await build();
    expect(result.failed).toBe(true);
    expect(result.output).toMatch(/content\/themes\/04-fluid-careers\.mdx(:\d+)? › number: 3 is already used by content\/themes\/03-generic-skills\.mdx/);
    expect(result.output).toContain('content/themes/ › number: no theme has number 4');
    expect(result.output).toMatch(/content\/themes\/02-shared-humanity\.mdx › body: line \d+, column \d+: is not valid MDX: .*closing brace/);
    expect(result.output).toMatch(/content\/themes\/03-generic-skills\.mdx › body: line \d+: <Quote> is not a component content can use\. Use one of <ThemeLink>/);
    expect(result.output).toContain('content/pages/about.mdx › body');
    expect(result.output).toContain('the image "./chart.png" does not exist (looked for content/pages/chart.png)');
    expect(result.output).toContain('Build failed: nothing was published, and dist/ was left as it was.');
    // Content rendered inside a page is blamed on the content file and line, before any page is built.
    const lines = originalHostile.replace(/\n*$/, '\n').split('\n').length;
    expect(result.output).toContain(`${hostile}:${lines + 1} › body: <meta> is not allowed in content`);
    expect(result.output).toContain(`${hostile}:${lines + 3} › body: {noSuchVariable.foo} is JavaScript, which content may not run`);
    expect(result.output).not.toMatch(/src\/pages\/|\n\s+at /);
    expectPreviousDistUntouched();
    for (const file of ['content/themes/04-fluid-careers.mdx', 'content/themes/02-shared-humanity.mdx', 'content/themes/03-generic-skills.mdx', 'content/pages/about.mdx', hostile]) {
      cpSync(join(project, file), join(copy, file));
    }
  });

  it('stops at once on an invalid environment variable, naming it, and keeps the previous dist/', async () => {
    const result = await build({ SITE_URL: 'example.ac.uk/21cps' });
    expect(result.failed).toBe(true);
    expect(result.output).toContain('Environment variable SITE_URL: "example.ac.uk/21cps" is not an absolute URL. Use e.g. https://example.ac.uk');
    expect(result.ms).toBeLessThan(5_000);
    expectPreviousDistUntouched();
    // Quotes in SITE_URL could otherwise reach attributes (data-print-url, canonical, og:url).
    const quoted = await build({ SITE_URL: 'https://"data-injected=1".example' });
    expect(quoted.output).toContain('Environment variable SITE_URL: "https://"data-injected=1".example" does not have a valid host name');
    const empty = await build({ SITE_URL: '' });
    expect(empty.output).toContain('Environment variable SITE_URL: is set but empty');
    const unpublishable = await build({ PUBLISH: '1' });
    expect(unpublishable.output).toContain('Environment variable SITE_URL: is not set, and PUBLISH=1');
    const dots = await build({ BASE_PATH: '/a/../b/' });
    expect(dots.output).toContain('Environment variable BASE_PATH: "/a/../b/" has a "." or ".." segment');
    expectPreviousDistUntouched();
  });

  it('fails while rendering (a component that throws), and keeps the previous dist/', async () => {
    const component = 'src/components/ThemeList.astro';
    edit(component, (text) => text.replace('const themes = await getThemes();', "const themes = await getThemes();\nthrow new Error('ThemeList broke while rendering');"));
    const result = await build();
    expect(result.failed).toBe(true);
    expect(result.output).toContain('ThemeList broke while rendering');
    expect(result.output).toContain('Build failed: nothing was published, and dist/ was left as it was.');
    expectPreviousDistUntouched();
    cpSync(join(project, component), join(copy, component));
  });

  it('fails after rendering (a page the security policy would block), and keeps the previous dist/', async () => {
    const page = 'src/pages/404.astro';
    edit(page, (text) => text.replace('<h1 class="text-3xl font-bold">', '<h1 class="text-3xl font-bold" onclick="void 0">'));
    const result = await build();
    expect(result.failed).toBe(true);
    expect(result.output).toContain('404.html has an inline event handler (<h1 on…>), which the policy blocks');
    expectPreviousDistUntouched();
    cpSync(join(project, page), join(copy, page));
  });
});
