#!/usr/bin/env node
/**
 * `npm run bench:scale`: how build cost grows with content, and how it compares with other sites.
 * For each page count N it makes a temporary copy of the project and adds N synthetic MDX pages as
 * a separate `bench` collection (the real ten-theme rules stay untouched). Each page has the shape
 * of the peers' pages and of a real theme: three h2 sections of 120 words with hand-set ids
 * (`## … \{#id\}`) and one imported component.
 *
 *   npm run bench:scale [-- --pages 100,1000,5000]
 *       one cold build per N: time, peak memory, output and index size, bytes one search fetches.
 *   npm run bench:scale -- --pages 1000 --prepare
 *       only makes the copy with N bench pages and prints its folder (kept, for profiling by hand).
 *   npm run bench:scale -- --pages 1000 --pairs 3 --peer ../shared/bench/peer-starlight --peer ../shared/bench/floor-astro-mdx
 *       cold builds interleaved (project, peer 1, peer 2, project, …), caches removed before each
 *       (dist, .astro, node_modules/.astro): wall time, CPU time (user + system; steadier than wall
 *       time on a shared machine) and peak memory (GNU time) of each, and the project's ratio to each
 *       peer, median and range over the pairs. A peer is a folder with a build.sh (run once per peer to install it into --work) and a page generator (gen-bulk.mjs
 *       for the Starlight peer, which builds MDX pages; gen.mjs for the floor).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { createStaticServer } from './serve.mjs';
import { copyProject } from './lib/project-copy.ts';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pages: { type: 'string' },
    pairs: { type: 'string', default: '3' },
    peer: { type: 'string', multiple: true, default: [] },
    work: { type: 'string', default: join(tmpdir(), '21cps-bench-peers') },
    prepare: { type: 'boolean', default: false },
  },
});
const sizes = (options.pages ? options.pages.split(',') : positionals).map(Number).filter((n) => n > 0);
const counts = sizes.length ? sizes : [100, 1000, 5000];
const pairs = Math.max(1, Number(options.pairs));
const peers = options.peer.map((dir) => resolve(dir));
const project = resolve('.');
const bin = (name) => join(project, 'node_modules/.bin', name);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// The same words as the peers' pages (the 2012 news item; content/sources/ holds the same text).
const WORDS = readFileSync(resolve(project, 'content/sources/cipd-ppma-2012-news-item.txt'), 'utf8').split(/\s+/);
/** Page i as the peers write theirs (gen-bulk.mjs), with hand-set ids and the project's own component. */
function benchPage(i) {
  const sections = Array.from({ length: 3 }, (_, s) => {
    const words = Array.from({ length: 120 }, (_, k) => WORDS[(i * 31 + s * 7 + k) % WORDS.length]).join(' ');
    return `## Section ${s + 1} of page ${i} \\{#section-${s + 1}\\}\n\n${words}`;
  });
  return `---
title: "Page ${i}"
summary: "Bench page ${i}: three sections of prose."
---

import ThemeLink from '../../src/components/mdx/ThemeLink.astro';

<ThemeLink number={${(i % 10) + 1}} />

${sections.join('\n\n')}
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

// The bench pages in the page registry (the sitemap and the search index ask it about every page).
const REGISTRY_MARKER = '} as const satisfies Record<string, PageType>;';
const REGISTRY_ENTRY = `  bench: { route: '/bench/:slug/', matches: (path) => /^\\/bench\\/[a-z0-9-]+\\/$/.test(path), search: GUIDE, sitemap: true },\n`;

function du(path) {
  if (!existsSync(path)) return 0;
  return statSync(path).isDirectory() ? readdirSync(path).reduce((sum, name) => sum + du(join(path, name)), 0) : statSync(path).size;
}

/** Runs a command under GNU time, with `bin` first on PATH (so `node` is the site's own Node 24). */
function timed(command, args, cwd, bin = join(cwd, 'node_modules/.bin')) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${bin}:${process.env.PATH}` };
  const result = spawnSync('/usr/bin/time', ['-v', command, ...args], { cwd, encoding: 'utf8', env, maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`${command} failed in ${cwd}:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  const seconds = (text) => {
    const [h, m, s] = (/Elapsed \(wall clock\) time.*: (.*)/.exec(text)?.[1] ?? '0:0').split(':').map(Number).reverse().concat([0, 0]).slice(0, 3).reverse();
    return h * 3600 + m * 60 + s;
  };
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? 0);
  // CPU time (user + system, children included) moves less than wall time on a shared machine.
  const cpu = ['User', 'System'].reduce((sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(result.stderr)?.[1] ?? 0), 0);
  const warnings = (result.stdout.match(/\[WARN\]/g) ?? []).length;
  return { seconds: seconds(result.stderr), cpuSeconds: cpu, peakMb: Math.round(rssKb / 1024), warnings };
}

/**
 * A cold build: output and both Astro caches removed first. Each site is built with its own build
 * command: a peer's is `astro build` (its `astroBin`); the project's, with no `astroBin`, is
 * `npm run build`'s script (scripts/build.mjs: Astro's build, swapped into dist/ when whole, with
 * the allocator settings it sets).
 */
function coldBuild(cwd, astroBin) {
  for (const cache of ['dist', '.astro', 'node_modules/.astro']) rmSync(join(cwd, cache), { recursive: true, force: true });
  return astroBin ? timed(astroBin, ['build'], cwd, join(cwd, 'node_modules/.bin')) : timed('node', ['scripts/build.mjs'], cwd, join(cwd, 'node_modules/.bin'));
}

/** A temporary copy of the project with N bench pages. */
function projectCopy(n) {
  const copy = mkdtempSync(join(tmpdir(), `21cps-scale-${n}-`));
  copyProject(project, copy);
  mkdirSync(join(copy, 'content/bench'));
  for (let i = 0; i < n; i++) writeFileSync(join(copy, `content/bench/p${i}.mdx`), benchPage(i));
  appendFileSync(join(copy, 'src/content.config.ts'), COLLECTION);
  const registry = join(copy, 'src/lib/pages.ts');
  const pages = readFileSync(registry, 'utf8');
  if (!pages.includes(REGISTRY_MARKER)) throw new Error(`bench:scale: cannot add the bench pages to ${registry} (no "${REGISTRY_MARKER}")`);
  writeFileSync(registry, pages.replace(REGISTRY_MARKER, REGISTRY_ENTRY + REGISTRY_MARKER));
  mkdirSync(join(copy, 'src/pages/bench'));
  writeFileSync(join(copy, 'src/pages/bench/[slug].astro'), ROUTE);
  return copy;
}

/** Installs a peer into the work folder once (its build.sh), then writes its N pages (its generator). */
function preparePeer(source, n) {
  const dir = join(options.work, basename(source));
  const bulk = existsSync(join(source, 'gen-bulk.mjs'));
  if (!existsSync(join(dir, 'node_modules/.bin/astro'))) {
    console.log(`Installing the peer ${basename(source)} into ${dir} (its build.sh, once)…`);
    const setup = spawnSync('bash', [join(source, 'build.sh'), String(n), dir, 'mdx'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (setup.status !== 0) throw new Error(`${source}/build.sh failed:\n${setup.stdout}`);
  }
  const node = join(dir, 'node_modules/.bin/node');
  if (bulk) {
    rmSync(join(dir, 'src/content/docs/bulk'), { recursive: true, force: true });
    spawnSync(node, [join(source, 'gen-bulk.mjs'), String(n), 'mdx'], { cwd: dir, stdio: 'inherit' });
  } else {
    rmSync(join(dir, 'src/content/pages'), { recursive: true, force: true });
    spawnSync(node, [join(source, 'gen.mjs'), String(n)], { cwd: dir, stdio: 'inherit' });
  }
  return { name: basename(source), dir };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fixed = (x, digits = 2) => Number(x.toFixed(digits));
const spread = (values, digits = 2) => `${fixed(median(values), digits)} (${fixed(Math.min(...values), digits)}–${fixed(Math.max(...values), digits)})`;

/** Interleaved cold builds of the project and each peer, `pairs` times; ratios project/peer. */
function comparePeers(n) {
  const copy = projectCopy(n);
  try {
    const sites = [
      { name: 'project', dir: copy, astro: undefined, runs: [] },
      ...peers.map((p) => preparePeer(p, n)).map((site) => ({ ...site, astro: site.astro ?? join(site.dir, 'node_modules/.bin/astro'), runs: [] })),
    ];
    for (let pair = 1; pair <= pairs; pair++) {
      for (const site of sites) {
        const run = coldBuild(site.dir, site.astro);
        site.runs.push(run);
        console.log(`  ${n} pages, pair ${pair}/${pairs}: ${site.name} ${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds.toFixed(1)} s), ${run.peakMb} MB${site.name === 'project' ? `, ${run.warnings} warnings` : ''}`);
      }
    }
    const [own, ...others] = sites;
    const rows = sites.map((site) => ({
      pages: n,
      site: site.name,
      'wall s': spread(site.runs.map((r) => r.seconds), 1),
      'CPU s': spread(site.runs.map((r) => r.cpuSeconds), 1),
      'peak MB': spread(site.runs.map((r) => r.peakMb), 0),
    }));
    const ratios = others.map((peer) => ({
      pages: n,
      'project ÷': peer.name,
      'wall ratio': spread(own.runs.map((r, i) => r.seconds / peer.runs[i].seconds)),
      'CPU ratio': spread(own.runs.map((r, i) => r.cpuSeconds / peer.runs[i].cpuSeconds)),
      'memory ratio': spread(own.runs.map((r, i) => r.peakMb / peer.runs[i].peakMb)),
    }));
    return { rows, ratios, runs: Object.fromEntries(sites.map((s) => [s.name, s.runs])) };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
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

if (options.prepare) {
  // A copy to profile by hand (e.g. `node --cpu-prof node_modules/.bin/astro build` in it); kept.
  for (const n of counts) console.log(projectCopy(n));
} else if (peers.length) {
  const results = [];
  for (const n of counts) results.push(comparePeers(n));
  console.log(`\nCold builds, ${pairs} interleaved pair(s) per page count: median (range)`);
  console.table(results.flatMap((r) => r.rows));
  console.log('Project ÷ peer, per pair: median (range)');
  console.table(results.flatMap((r) => r.ratios));
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/scale-peers.json', JSON.stringify({ date: new Date().toISOString(), pairs, peers, results }, null, 2));
} else {
  const rows = [];
  for (const n of counts) {
    const copy = projectCopy(n);
    try {
      console.log(`Building ${n} bench pages…`);
      const build = coldBuild(copy);
      // If the build has no search index of its own, index it here and count that time too.
      let index = { seconds: 0, cpuSeconds: 0, peakMb: 0 };
      if (!existsSync(join(copy, 'dist/pagefind/pagefind.js'))) index = timed(bin('pagefind'), ['--site', 'dist'], copy, join(project, 'node_modules/.bin'));
      const search = await bytesForOneSearch(join(copy, 'dist'));
      rows.push({
        pages: n,
        'build s': Number((build.seconds + index.seconds).toFixed(1)),
        'CPU s': Number((build.cpuSeconds + index.cpuSeconds).toFixed(1)),
        'peak MB': Math.max(build.peakMb, index.peakMb),
        warnings: build.warnings,
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
}
