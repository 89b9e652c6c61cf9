/**
 * Finds Debian's Chromium for the browser tests: CHROMIUM_PATH, else /usr/bin/chromium.
 * Running as root on Debian without it, installs the `chromium` package with apt-get (and says so);
 * otherwise stops with a message saying how to install it. Never downloads a browser build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Flags for every Chromium the project starts (tests, PDF, search bench). One renderer process
 * for all pages: a fresh process per opened page cost ~0.2 CPU-s; with one, the browser tests
 * used 72 CPU-s less in reading, design and search alone (125/73/92 -> 93/60/65 CPU-s).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--renderer-process-limit=1',
];

export function findChromium(): string {
  const wanted = process.env['CHROMIUM_PATH'];
  if (wanted) {
    if (!existsSync(wanted)) throw new Error(`CHROMIUM_PATH is set to ${wanted}, but there is no file there.`);
    return wanted;
  }
  const path = '/usr/bin/chromium';
  if (existsSync(path)) return path;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium not found: installing Debian’s chromium package with apt-get (needed for the browser tests)…');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync(path)) return path;
  }
  throw new Error(
    'The browser tests need Chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}
