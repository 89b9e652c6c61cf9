#!/usr/bin/env node
/**
 * `npm run bench:scale [-- 100 1000 5000]`: how build cost grows with content. For each N, makes a
 * temporary copy of the project, adds N synthetic theme-like MDX pages as a separate `bench`
 * collection (the real ten-theme rules stay untouched), builds with the search index, and reports
 * build time, peak memory, output size, index size and the bytes one search fetches in Chromium.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createStaticServer } from './serve.mjs';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const counts = sizes.length ? sizes : [100, 1000, 5000];
const project = resolve('.');
const bin = (name) => join(project, 'node_modules/.bin', name);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// A small fixed vocabulary from the guide's own subject, so pages read like themes and searches hit.
const WORDS = 'public servant service council leadership values culture staff citizens locality career skills organisation change budget austerity commercial entrepreneur reflective practice distributed collaborative community trust empathy front line board managers engagement workforce partnership innovation'.split(' ');
function* random(seed) {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2147483648;
    yield x / 2147483648;
  }
}
function sentence(rand, length) {
  const words = Array.from({ length }, () => WORDS[Math.floor(rand.next().value * WORDS.length)]);
  return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}
function paragraph(rand) {
  return Array.from({ length: 4 }, () => sentence(rand, 10 + Math.floor(rand.next().value * 8))).join(' ');
}
function benchPage(i) {
  const rand = random(i + 1);
  return `---
title: "Bench page ${i}"
summary: "${sentence(rand, 12)}"
---

## In brief \\{#in-brief\\}

${paragraph(rand)}

${paragraph(rand)}

## Connections \\{#connections\\}

${paragraph(rand)}

## Questions for reflection \\{#questions\\}

1. ${sentence(rand, 9)}
2. ${sentence(rand, 9)}
3. ${sentence(rand, 9)}
`;
}

const ROUTE = `---
import { getCollection, render } from 'astro:content';
import BaseLayout from '../../layouts/BaseLayout.astro';
export async function getStaticPaths() {
  return (await getCollection('bench')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<BaseLayout title={entry.data.title} description={entry.data.summary} path={\`/bench/\${entry.id}/\`}>
  <article data-pagefind-body><h1>{entry.data.title}</h1><div class="prose"><Content /></div></article>
</BaseLayout>
`;

const COLLECTION = `
// Added by scripts/bench-scale.mjs in a temporary copy only.
import { z as benchZ } from 'astro/zod';
import { defineCollection as benchDefine } from 'astro:content';
import { glob as benchGlob } from 'astro/loaders';
(collections as Record<string, unknown>)['bench'] = benchDefine({
  loader: benchGlob({ base: './content/bench', pattern: '*.mdx' }),
  schema: benchZ.object({ title: benchZ.string(), summary: benchZ.string() }),
});
`;

function du(path) {
  if (!existsSync(path)) return 0;
  return statSync(path).isDirectory() ? readdirSync(path).reduce((sum, name) => sum + du(join(path, name)), 0) : statSync(path).size;
}

/** Runs a command under GNU time; returns seconds and peak resident memory in MB. */
function timed(command, args, cwd) {
  const result = spawnSync('/usr/bin/time', ['-v', command, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`${command} failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  const seconds = (text) => {
    const [h, m, s] = (/Elapsed \(wall clock\) time.*: (.*)/.exec(text)?.[1] ?? '0:0').split(':').map(Number).reverse().concat([0, 0]).slice(0, 3).reverse();
    return h * 3600 + m * 60 + s;
  };
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? 0);
  return { seconds: seconds(result.stderr), peakMb: Math.round(rssKb / 1024) };
}

async function bytesForOneSearch(dist) {
  const server = createStaticServer({ root: dist, basePath: '/' });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (new URL(response.url()).pathname.startsWith('/pagefind/')) bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${origin}/`);
    const results = await page.evaluate(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const search = await pagefind.search('leadership values');
      await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
      return search.results.length;
    });
    await page.waitForLoadState('networkidle');
    return { bytes, results };
  } finally {
    await browser.close();
    server.close();
  }
}

const rows = [];
for (const n of counts) {
  const copy = mkdtempSync(join(tmpdir(), `21cps-scale-${n}-`));
  try {
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts']) {
      if (existsSync(entry)) cpSync(join(project, entry), join(copy, entry), { recursive: true });
    }
    symlinkSync(join(project, 'node_modules'), join(copy, 'node_modules'));
    mkdirSync(join(copy, 'content/bench'));
    for (let i = 1; i <= n; i++) writeFileSync(join(copy, `content/bench/page-${String(i).padStart(5, '0')}.mdx`), benchPage(i));
    appendFileSync(join(copy, 'src/content.config.ts'), COLLECTION);
    mkdirSync(join(copy, 'src/pages/bench'));
    writeFileSync(join(copy, 'src/pages/bench/[slug].astro'), ROUTE);

    console.log(`Building ${n} bench pages…`);
    const build = timed(bin('astro'), ['build'], copy);
    // If the build has no search index of its own, index it here and count that time too.
    let index = { seconds: 0, peakMb: 0 };
    if (!existsSync(join(copy, 'dist/pagefind/pagefind.js'))) index = timed(bin('pagefind'), ['--site', 'dist'], copy);
    const search = await bytesForOneSearch(join(copy, 'dist'));
    rows.push({
      pages: n,
      'build s': Number((build.seconds + index.seconds).toFixed(1)),
      'peak MB': Math.max(build.peakMb, index.peakMb),
      'output MB': Number((du(join(copy, 'dist')) / 1048576).toFixed(1)),
      'index MB': Number((du(join(copy, 'dist/pagefind')) / 1048576).toFixed(2)),
      'search KB': Number((search.bytes / 1024).toFixed(1)),
      results: search.results,
    });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
console.log('\nScale benchmark (build includes the Pagefind index; "search KB" = bytes fetched by one search and its top 5 results):');
console.table(rows);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/scale.json', JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
