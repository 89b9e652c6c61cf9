/**
 * Every built page passes the W3C Nu HTML Checker (vnu-jar from npm, run with the machine's Java,
 * 11 or later) with no errors. One run over all pages: the checker's start-up is most of its time.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages } from '../support/dist.ts';
import { SHORT_RUN_JAVA_FLAGS } from '../support/java.ts';

const run = promisify(execFile);
const vnuJar: string = createRequire(import.meta.url)('vnu-jar');

interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

async function checkAll(): Promise<{ files: string[]; messages: NuMessage[] }> {
  const files = builtPages().map((url) => join(DIST, url.endsWith('/') ? `${url}index.html` : url));
  const java = process.env['JAVA_PATH'] ?? 'java';
  // vnu writes its report to stderr and exits 1 when it found errors.
  const output = await run(java, [...SHORT_RUN_JAVA_FLAGS, '-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stderr }) => stderr,
    (error: { stderr?: string; code?: string | number }) => {
      if (error.code === 'ENOENT') throw new Error('The Nu HTML Checker needs Java (11 or later): install it (Debian: apt-get install default-jre-headless) or set JAVA_PATH.');
      return error.stderr ?? '';
    },
  );
  return { files, messages: (JSON.parse(output) as { messages: NuMessage[] }).messages };
}

describe('the W3C Nu HTML Checker', () => {
  it('finds no errors in any built page', async () => {
    const { files, messages } = await checkAll();
    expect(files.length).toBeGreaterThan(20);
    expect(files).toContain(join(DIST, 'themes/1/index.html')); // a short-link redirect page
    expect(files).toContain(join(DIST, 'error.html'));
    expect(messages.map((m) => `${m.url?.replace(/^.*\/dist\//, 'dist/')}:${m.lastLine ?? '?'} ${m.type}: ${m.message}`)).toEqual([]);
  });
});
