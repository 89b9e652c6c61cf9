#!/usr/bin/env node
/**
 * `npm run pdf`: prints the built full-report edition (/report/full/) to
 * public/downloads/21st-century-public-servant.pdf with the system Chromium (Debian's
 * chromium, or CHROMIUM_PATH), through playwright-core. Optional; not part of the build.
 *
 * The PDF carries the built site's URLs (SITE_URL, BASE_PATH), so build with the published
 * values first. The next build links the PDF from the full edition (only when the file exists);
 * the file is also copied into dist/ so the current build can serve it.
 *
 *   npm run build && npm run pdf && npm run build
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { createStaticServer, normaliseBase } from './serve.mjs';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';

const FULL = 'report/full/';
const FILE = 'downloads/21st-century-public-servant.pdf';

if (!existsSync(join('dist', FULL, 'index.html'))) {
  console.error('No built full-report edition in dist/. Run "npm run build" first.');
  process.exit(1);
}
const base = normaliseBase(process.env.BASE_PATH);
const server = createStaticServer({ root: 'dist', basePath: base });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  const response = await page.goto(`http://127.0.0.1:${server.address().port}${base}${FULL}`, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`The full edition answered ${response?.status()}`);
  const pdf = await page.pdf({
    format: 'A4',
    preferCSSPageSize: true,
    printBackground: false,
    outline: true,
    tagged: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: '<div style="width:100%;font-size:8pt;text-align:center;font-family:sans-serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
  });
  const out = join('public', FILE);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, pdf);
  mkdirSync(dirname(join('dist', FILE)), { recursive: true });
  copyFileSync(out, join('dist', FILE));
  console.log(`Wrote ${out} (${Math.round(pdf.length / 1000)} KB). Run "npm run build" again to link it from the full edition.`);
} finally {
  await browser.close();
  server.closeAllConnections?.();
  server.close();
}
