// Finds a Chromium for Playwright: CHROMIUM_PATH, Debian's /usr/bin/chromium, or Playwright's own.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

function playwrightOwn() {
  try {
    const out = spawnSync(process.execPath, ['-e', "process.stdout.write(require('playwright-core').chromium.executablePath())"], {
      encoding: 'utf8',
    });
    const p = out.stdout.trim();
    return p && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  for (const c of candidates) if (fs.existsSync(c)) return c;
  return playwrightOwn();
}

/** Finds one, or tries `playwright install chromium`, or stops with what to install. */
export function requireChromium() {
  let found = findChromium();
  if (found) return found;
  console.log('No Chromium found; trying `npx playwright install chromium` ...');
  spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  found = findChromium();
  if (found) return found;
  console.error(
    [
      '',
      'The browser tests need Chromium and none was found.',
      'Install one of:',
      '  - Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium',
      '  - or set CHROMIUM_PATH=/path/to/chromium',
      '  - or, with network access to Playwright\'s CDN: npx playwright install chromium',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
