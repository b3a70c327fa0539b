// Starts the production server (server.ts, NODE_ENV=production) on a free port with a fresh
// database — a temporary PGlite folder, or a new PostgreSQL database under TEST_DATABASE_URL —
// runs Playwright against it, then stops it and removes the database.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { requireChromium } from './chromium.mjs';
import { startProductionServer } from './prod-server.mjs';

const chromium = requireChromium();

const dbEnv = {};
let dropDatabase = async () => {};
let tmpDir;

if (process.env.TEST_DATABASE_URL) {
  const name = `village_e2e_${randomBytes(6).toString('hex')}`;
  const admin = postgres(process.env.TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  dbEnv.DATABASE_URL = url.toString();
  dropDatabase = async () => {
    const a = postgres(process.env.TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
    await a.unsafe(`drop database if exists ${name} with (force)`);
    await a.end();
  };
} else {
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'village-e2e-'));
  dbEnv.PGLITE_DIR = path.join(tmpDir, 'pglite');
}

let status = 1;
let server;
try {
  server = await startProductionServer({
    ...dbEnv,
    DATABASE_URL: dbEnv.DATABASE_URL ?? '',
    // The demo accounts (moderator, admin, the community of mothers with aliases) are what the
    // peer-group and moderation journeys sign in as.
    DEMO: '1',
    // Limits stay on, but every journey signs people up from 127.0.0.1.
    RATE_LIMIT_SIGNUP_IP: '500/1h',
    SWEEP_INTERVAL_MS: '1000',
  });
  const r = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: server.base, CHROMIUM_PATH: chromium },
  });
  status = r.status ?? 1;
  if (status !== 0) console.error('--- server log ---\n' + server.log().slice(-5000));
} catch (err) {
  console.error(err.message);
} finally {
  await server?.stop();
  await dropDatabase();
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
}
process.exit(status);
