// Starts the production server (server.ts, NODE_ENV=production) on a free port with a fresh
// database — a temporary PGlite folder, or a new PostgreSQL database under TEST_DATABASE_URL —
// runs Playwright against it, then stops it and removes the database.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { requireChromium } from './chromium.mjs';

const chromium = requireChromium();

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const port = await freePort();
const baseURL = `http://127.0.0.1:${port}`;
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

const server = spawn(process.execPath, ['--import', 'tsx', '--import', './scripts/server-only-hook.mjs', 'server.ts'], {
  env: {
    ...process.env,
    ...dbEnv,
    NODE_ENV: 'production',
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(33).toString('base64'),
    // Limits stay on, but every journey signs people up from 127.0.0.1.
    RATE_LIMIT_SIGNUP_IP: '500/1h',
    SWEEP_INTERVAL_MS: '1000',
    DATABASE_URL: dbEnv.DATABASE_URL ?? '',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
server.stdout.on('data', (d) => (log += d));
server.stderr.on('data', (d) => (log += d));

async function waitReady() {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) break;
    try {
      const r = await fetch(`${baseURL}/api/health`);
      if (r.ok) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

let status = 1;
try {
  if (!(await waitReady())) {
    console.error('The production server did not become ready:\n' + log);
  } else {
    const r = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, E2E_BASE_URL: baseURL, CHROMIUM_PATH: chromium },
    });
    status = r.status ?? 1;
    if (status !== 0) console.error('--- server log ---\n' + log.slice(-5000));
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
  await dropDatabase();
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
}
process.exit(status);
