// npm run start:cluster — a local try of the many-instance setup of docs/DEPLOY.md:
// two production instances (127.0.0.1:3101 and :3102) sharing PostgreSQL and Redis, behind
// nginx on http://127.0.0.1:3100 with deploy/nginx.conf (nginx runs in the foreground with a
// temporary prefix; no system configuration is touched). Ctrl-C stops everything.
//
//   npm run build && npm run start:cluster
//   DATABASE_URL  PostgreSQL to use; unset → database `village_cluster` on
//                 postgres://postgres@127.0.0.1:5432 (created when missing)
//   REDIS_URL     default redis://127.0.0.1:6379
//   AUTH_SECRET, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY  unset → generated once into .data/cluster/
//   CLUSTER_DEMO=0  do not seed the demo family into an empty database
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LB_PORT = 3100;
const INSTANCES = [
  { name: 'a', port: 3101 },
  { name: 'b', port: 3102 },
];
const stateDir = path.join(ROOT, '.data', 'cluster');
const problems = [];

// ---------------------------------------------------------------- prerequisites

if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) problems.push('No production build: run `npm run build` first.');

const nginx = [process.env.NGINX, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx', '/opt/homebrew/bin/nginx'].find((p) => p && fs.existsSync(p)) ?? which('nginx');
if (!nginx) problems.push('nginx is not installed: `apt-get install nginx-light` (Debian/Ubuntu) or `brew install nginx` (macOS), or set NGINX=/path/to/nginx.');

const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
if (!(await redisReachable(redisUrl))) {
  problems.push(`Redis is not reachable at ${redisUrl}: start one (\`apt-get install redis-server\`, then \`redis-server --daemonize yes\`) or set REDIS_URL.`);
}

let databaseUrl = process.env.DATABASE_URL;
let createDatabase = false;
{
  const { default: postgres } = await import('postgres');
  if (databaseUrl) {
    const sql = postgres(databaseUrl, { max: 1, connect_timeout: 3, onnotice: () => {} });
    try {
      await sql`select 1`;
    } catch (err) {
      problems.push(`PostgreSQL at DATABASE_URL (${redact(databaseUrl)}) is not reachable: ${err.message}`);
    } finally {
      await sql.end();
    }
  } else {
    const admin = 'postgres://postgres@127.0.0.1:5432/postgres';
    const sql = postgres(admin, { max: 1, connect_timeout: 3, onnotice: () => {} });
    try {
      const [{ n }] = await sql`select count(*)::int as n from pg_database where datname = 'village_cluster'`;
      createDatabase = !n; // once every prerequisite is there
      databaseUrl = 'postgres://postgres@127.0.0.1:5432/village_cluster';
    } catch (err) {
      problems.push(
        `No DATABASE_URL, and PostgreSQL at ${admin} is not usable (${err.message}): set DATABASE_URL to a PostgreSQL database, or start PostgreSQL there (trust auth for the local user postgres).`,
      );
    } finally {
      await sql.end();
    }
  }
}

for (const port of [LB_PORT, ...INSTANCES.map((i) => i.port)]) {
  if (!(await portFree(port))) problems.push(`Port ${port} on 127.0.0.1 is in use (another cluster or server?): stop it first.`);
}

if (problems.length) {
  console.error(`\nThe cluster cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}
if (createDatabase) {
  const { default: postgres } = await import('postgres');
  const sql = postgres('postgres://postgres@127.0.0.1:5432/postgres', { max: 1, onnotice: () => {} });
  await sql.unsafe('create database village_cluster');
  await sql.end();
  console.log('Created the database village_cluster on 127.0.0.1:5432.');
}

// ---------------------------------------------------------------- shared settings

fs.mkdirSync(stateDir, { recursive: true });
const authSecret = process.env.AUTH_SECRET || kept('auth-secret', () => randomBytes(33).toString('base64'));
const actionsKey = process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || kept('actions-key', () => randomBytes(32).toString('base64'));
const appUrl = `http://127.0.0.1:${LB_PORT}`;
const shared = {
  ...process.env,
  NODE_ENV: 'production',
  HOSTNAME: '127.0.0.1',
  DATABASE_URL: databaseUrl,
  REDIS_URL: redisUrl,
  AUTH_SECRET: authSecret,
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionsKey,
  APP_URL: appUrl,
  TRUST_PROXY: '1',
  // nginx compresses (deploy/nginx.conf).
  COMPRESSION: 'off',
};

// ---------------------------------------------------------------- run

const children = [];
let stopping = false;
let prefix;

// 1. Migrations, once, before any instance starts (the instances' own start-time migration is
//    then a no-op: see docs/DEPLOY.md).
console.log('Applying migrations (npm run db:migrate)…');
await new Promise((resolve, reject) => {
  const m = spawn(process.execPath, ['--import', 'tsx', '--import', './scripts/server-only-hook.mjs', 'scripts/db-migrate.ts'], { cwd: ROOT, env: shared, stdio: 'inherit' });
  m.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`db:migrate failed (${code})`))));
}).catch((err) => {
  console.error(err.message);
  process.exit(1);
});

// 2. The instances. Only the first seeds the demo family (into an empty database).
const demo = process.env.CLUSTER_DEMO !== '0';
for (const [k, inst] of INSTANCES.entries()) {
  const env = { ...shared, PORT: String(inst.port), INSTANCE_ID: inst.name, DEMO: demo && k === 0 ? '1' : '' };
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', './scripts/server-only-hook.mjs', 'server.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = fs.createWriteStream(path.join(stateDir, `${inst.name}.log`), { flags: 'a' });
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      log.write(line + '\n');
      // The terminal gets everything but the per-request lines (those stay in the log file).
      if (!line.includes('"msg":"request"')) console.log(`[${inst.name}] ${line}`);
    });
  }
  child.once('exit', (code, signal) => {
    if (!stopping) console.log(`[${inst.name}] exited (${signal ?? code}); nginx sends its traffic to the other instance. Ctrl-C stops the rest.`);
  });
  children.push({ name: inst.name, child, kind: 'instance', port: inst.port });
}

// 3. Wait until both are ready, then nginx.
const deadline = Date.now() + 120_000;
for (const inst of INSTANCES) {
  for (;;) {
    const c = children.find((x) => x.name === inst.name).child;
    if (c.exitCode !== null) {
      console.error(`Instance ${inst.name} stopped during start; its log: ${path.join(stateDir, inst.name + '.log')}`);
      await stopAll(1);
    }
    try {
      if ((await fetch(`http://127.0.0.1:${inst.port}/api/ready`)).ok) break;
    } catch {}
    if (Date.now() > deadline) {
      console.error(`Instance ${inst.name} was not ready after 120 s.`);
      await stopAll(1);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'village-nginx-'));
fs.chmodSync(prefix, 0o755);
fs.mkdirSync(path.join(prefix, 'logs'));
const confFile = path.join(ROOT, 'deploy', 'nginx.conf');
fs.writeFileSync(
  path.join(prefix, 'nginx.conf'),
  `# generated by scripts/cluster.mjs; removed on exit
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events { worker_connections 4096; }
http {
  access_log ${path.join(stateDir, 'nginx-access.log')};
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${confFile};
}
`,
);
const lb = spawn(nginx, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
children.push({ name: 'nginx', child: lb, kind: 'nginx' });
lb.once('exit', (code) => {
  if (!stopping) {
    console.error(`nginx exited (${code}); stopping the cluster.`);
    void stopAll(1);
  }
});
for (let i = 0; i < 50 && (await portFree(LB_PORT)); i++) await new Promise((r) => setTimeout(r, 100));

console.log(`
Village cluster: ${appUrl}  (nginx, deploy/nginx.conf)
  instance a  http://127.0.0.1:3101   log .data/cluster/a.log   metrics http://127.0.0.1:3101/metrics
  instance b  http://127.0.0.1:3102   log .data/cluster/b.log   metrics http://127.0.0.1:3102/metrics
  PostgreSQL  ${redact(databaseUrl)}
  Redis       ${redisUrl}
${demo ? '  Sign in as mai@example.com (or tuan@, hoa@) with the password village-demo-1.\n' : ''}  Check that events cross instances: node bench/cluster-check.mjs
  Try a rolling restart: kill -TERM <pid of a>; its sockets move to b.  (pids: a ${children[0].child.pid}, b ${children[1].child.pid}, nginx ${lb.pid})
  Ctrl-C stops all.
`);

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

// ---------------------------------------------------------------- helpers

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping nginx and both instances (graceful)…');
  const exits = children.map(({ child }) => (child.exitCode !== null || child.signalCode ? Promise.resolve() : new Promise((r) => child.once('exit', r))));
  for (const { child, kind } of children) {
    if (child.exitCode === null && !child.signalCode) child.kill(kind === 'nginx' ? 'SIGQUIT' : 'SIGTERM');
  }
  const timer = setTimeout(() => {
    for (const { child } of children) if (child.exitCode === null) child.kill('SIGKILL');
  }, 20_000);
  await Promise.all(exits);
  clearTimeout(timer);
  if (prefix) fs.rmSync(prefix, { recursive: true, force: true });
  console.log('Stopped.');
  process.exit(code);
}

function kept(name, make) {
  const file = path.join(stateDir, name);
  if (!fs.existsSync(file)) fs.writeFileSync(file, make(), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

function which(cmd) {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

function portFree(port) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

async function redisReachable(url) {
  const { Redis } = await import('ioredis');
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1500 });
  probe.on('error', () => {});
  try {
    await probe.connect();
    await probe.ping();
    return true;
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
