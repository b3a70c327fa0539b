// `npm test`: unit and integration tests (vitest), then the production build and the browser
// journeys (Playwright). With TEST_DATABASE_URL the database-backed parts run on that
// PostgreSQL server, each in a database of its own that is dropped afterwards.
import { spawnSync } from 'node:child_process';
import { requireChromium } from './chromium.mjs';

const chromium = requireChromium();
const env = { ...process.env, CHROMIUM_PATH: chromium };
const db = process.env.TEST_DATABASE_URL ? 'PostgreSQL (TEST_DATABASE_URL)' : 'PGlite';

function step(name, cmd, args) {
  console.log(`\n=== ${name} [${db}] ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  console.log(`=== ${name}: ${r.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
  if (r.status !== 0) process.exit(r.status ?? 1);
}

step('vitest (unit + integration)', 'npx', ['vitest', 'run']);
if (process.env.VILLAGE_SKIP_BUILD !== '1') step('next build', 'npx', ['next', 'build']);
step('playwright (e2e, production build)', process.execPath, ['scripts/e2e.mjs']);
