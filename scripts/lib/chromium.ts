import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Debian's Chromium (or CHROMIUM_PATH); tests never use a browser downloaded by Playwright. */
export function chromiumPath(): string | undefined {
  const preset = process.env.CHROMIUM_PATH;
  if (preset && existsSync(preset)) return preset;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Installs Debian's chromium when we can (root + apt-get); otherwise says what to install. */
export function ensureChromium(): string {
  const found = chromiumPath();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('apt-get', ['--version']).status === 0;
  if (isRoot && hasApt) {
    console.log('Chromium not found: installing Debian’s chromium package for the browser tests…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', 'chromium'],
    ]) {
      const res = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (res.status !== 0) break;
    }
    const installed = chromiumPath();
    if (installed) return installed;
  }
  throw new Error(
    'The browser tests need Chromium and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/the/binary',
  );
}
