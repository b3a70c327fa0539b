// Shared by the scale benchmarks (issue 7): the machine, percentiles, a fresh PostgreSQL
// database, Redis in a database index of its own, production instances of server.ts, nginx,
// seeding, and many Socket.IO clients. Plain Node (no TypeScript): the clients run in this
// process, the servers in child processes.
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { Redis } from 'ioredis';
import { io as ioClient } from 'socket.io-client';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// ---------------------------------------------------------------- arguments and reporting

export function args(defaults) {
  const out = { ...defaults };
  for (let i = 2; i < process.argv.length; i++) {
    const a = process.argv[i];
    if (!a.startsWith('--')) continue;
    const [key, inline] = a.slice(2).split('=');
    const value = inline ?? (process.argv[i + 1] && !process.argv[i + 1].startsWith('--') ? process.argv[++i] : 'true');
    out[key] = typeof defaults[key] === 'number' ? Number(value) : value;
  }
  return out;
}

export function load() {
  return os.loadavg().map((x) => x.toFixed(2)).join(' ');
}

export function machine() {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}; load average ${load()}`;
}

export function header(title) {
  console.log(`\n=== ${title} ===`);
  console.log(`machine: ${machine()}`);
  console.log(`started: ${new Date().toISOString()}`);
}

export function pct(values, p) {
  if (!values.length) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
export const sleep = (t) => new Promise((r) => setTimeout(r, t));

/** Prints rows as a text table; keys starting with "_" are kept out (figures for the goals). */
export function table(rows) {
  const cols = Object.keys(rows[0]).filter((c) => !c.startsWith('_'));
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(width[i])).join('  ');
  console.log(line(cols));
  for (const r of rows) console.log(line(cols.map((c) => r[c])));
}

// ---------------------------------------------------------------- prerequisites

export function checkBuild(appDir = ROOT) {
  if (!fs.existsSync(path.join(appDir, '.next', 'BUILD_ID'))) {
    throw new Error(`No production build in ${appDir}/.next: run \`npm run build\` first.`);
  }
}

export function findNginx() {
  for (const p of [process.env.NGINX, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx', '/opt/homebrew/bin/nginx', '/usr/local/bin/nginx']) {
    if (p && fs.existsSync(p)) return p;
  }
  try {
    return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export async function redisReachable(url) {
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

export function portFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, host, () => s.close(() => resolve(true)));
  });
}

export function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------- PostgreSQL and Redis

export const ADMIN_DATABASE_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** A new database on the PostgreSQL server of `adminUrl`; drop() removes it. */
export async function createDatabase(adminUrl = ADMIN_DATABASE_URL, prefix = 'village_bench') {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } catch (err) {
    await admin.end();
    throw new Error(`Cannot create a database on ${adminUrl} (${err.message}). Set BENCH_DATABASE_URL to a PostgreSQL server where you may create databases.`);
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    name,
    url: u.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`).catch((e) => console.warn(`could not drop ${name}: ${e.message}`));
      await admin.end();
    },
  };
}

/**
 * Redis for one benchmark: the server of BENCH_REDIS_URL (default 127.0.0.1:6379) in database
 * index BENCH_REDIS_DB (default 9), so the stream ("village") and recovery sessions never mix
 * with the tests' or a developer's. cleanup() deletes only those keys.
 */
export function benchRedisUrl() {
  const u = new URL(process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379');
  u.pathname = `/${process.env.BENCH_REDIS_DB ?? '9'}`;
  return u.toString();
}

export async function cleanRedis(url, stream = 'village') {
  const r = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    await r.del(stream);
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', 'sio:session:*', 'COUNT', 1000);
      cursor = next;
      if (keys.length) await r.del(...keys);
    } while (cursor !== '0');
  } finally {
    r.disconnect();
  }
}

// ---------------------------------------------------------------- processes

const children = new Set();
function killAll() {
  for (const c of children) {
    try {
      c.kill('SIGKILL');
    } catch {}
  }
}
process.once('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => {
    killAll();
    process.exit(130);
  });
}

/** The command line that `npm start` runs, as argv for node. */
export const SERVER_ARGS = ['--import', 'tsx', '--import', './scripts/server-only-hook.mjs', 'server.ts'];

/**
 * Starts a production server.ts (NODE_ENV=production, RATE_LIMITS=off) on `port` and waits
 * until /api/ready answers 200. Its output goes to `<logDir>/<name>.log`.
 */
export async function startInstance({ appDir = ROOT, name, port, env = {}, nodeArgs = [], logDir, readyTimeoutMs = 120_000 }) {
  fs.mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `${name}.log`);
  const out = fs.openSync(logFile, 'a');
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, ...SERVER_ARGS], {
    cwd: appDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      RATE_LIMITS: 'off',
      INSTANCE_ID: name,
      ...env,
    },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  children.add(child);
  child.once('exit', () => children.delete(child));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}) before it was ready; see ${logFile}:\n${tail(logFile)}`);
    try {
      const res = await fetch(`${url}/api/ready`);
      if (res.ok) break;
    } catch {}
    await sleep(100);
  }
  if (Date.now() >= deadline) throw new Error(`${name} not ready after ${readyTimeoutMs} ms; see ${logFile}`);
  const readyMs = performance.now() - t0;
  return {
    name,
    port,
    url,
    child,
    pid: child.pid,
    logFile,
    readyMs,
    /** SIGTERM, then wait for the exit (graceful shutdown). */
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill(signal);
      await exited;
    },
  };
}

export function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Runs a TypeScript script of the app (tsx, server-only hook) to the end; returns its stdout. */
export function runTs(script, scriptArgs = [], { appDir = ROOT, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', './scripts/server-only-hook.mjs', script, ...scriptArgs], {
      cwd: appDir,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.once('exit', (code) => {
      children.delete(child);
      if (code === 0) resolve(out);
      else reject(new Error(`${script} failed (${code}):\n${err || out}`));
    });
  });
}

/** Spawns a plain Node script (a baseline server) and waits for a line "listening <port>". */
export function startNodeScript(script, scriptArgs = [], { env = {}, nodeArgs = [], logFile } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, script, ...scriptArgs], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    child.once('exit', () => children.delete(child));
    let buf = '';
    const onData = (d) => {
      buf += d;
      if (logFile) fs.appendFileSync(logFile, d);
      const m = /listening (\d+)/.exec(buf);
      if (m) {
        child.stdout.off('data', onData);
        if (logFile) child.stdout.on('data', (x) => fs.appendFileSync(logFile, x));
        resolve({
          child,
          pid: child.pid,
          port: Number(m[1]),
          url: `http://127.0.0.1:${m[1]}`,
          async stop(signal = 'SIGTERM') {
            if (child.exitCode !== null || child.signalCode) return;
            const exited = new Promise((r) => child.once('exit', r));
            child.kill(signal);
            await exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d) => (logFile ? fs.appendFileSync(logFile, d) : process.stderr.write(d)));
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before listening:\n${buf}`)));
  });
}

// ---------------------------------------------------------------- seeding

/**
 * Migrates the database and seeds it straight with SQL (bench/scale/seed.ts): `members` users in
 * circles of 4 with `chores` open chores per circle, a 50-member circle for the contention
 * test, a board circle for the HTTP test. Session cookies are minted with `secret`.
 */
export async function seed({ appDir = ROOT, databaseUrl, secret, members, chores = 12, out }) {
  await runTs('bench/scale/seed.ts', ['--members', String(members), '--chores', String(chores), '--out', out], {
    appDir,
    env: { DATABASE_URL: databaseUrl, AUTH_SECRET: secret },
  });
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

// ---------------------------------------------------------------- clients

/**
 * Connects `cookies.length` Socket.IO clients (WebSocket only), `concurrency` handshakes at a
 * time, client i to urls[i % urls.length]. `opts`: socket.io-client options, or (i) => options.
 */
export async function connectMany(cookies, urls, { concurrency = 50, origin, opts = {}, onSocket } = {}) {
  const sockets = new Array(cookies.length);
  let next = 0;
  let failed = 0;
  async function worker() {
    while (next < cookies.length) {
      const i = next++;
      const url = urls[i % urls.length];
      const socket = ioClient(url, {
        path: '/socket.io',
        transports: ['websocket'],
        forceNew: true,
        extraHeaders: { cookie: cookies[i], origin: origin ?? url },
        ...(typeof opts === 'function' ? opts(i) : opts),
      });
      onSocket?.(socket, i);
      sockets[i] = socket;
      await new Promise((resolve) => {
        const done = (ok) => {
          socket.off('connect', onOk);
          socket.off('connect_error', onErr);
          if (!ok) failed++;
          resolve();
        };
        const onOk = () => done(true);
        const onErr = (e) => {
          if (failed < 3) console.warn(`socket ${i} → ${url}: ${e.message}`);
          done(false);
        };
        socket.once('connect', onOk);
        socket.once('connect_error', onErr);
      });
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { sockets, failed };
}

export function closeAll(sockets) {
  for (const s of sockets) s?.disconnect();
}

// ---------------------------------------------------------------- HTTP

export async function api(base, method, p, { cookie, body, headers = {} } = {}) {
  const res = await fetch(base + p, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}), ...headers },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {}
  return { status: res.status, json, text, res };
}

// ---------------------------------------------------------------- nginx

/**
 * Runs nginx in the foreground with a temporary prefix and deploy/nginx.conf included in its
 * http block (no system config touched). Returns { stop(), prefix }.
 */
export async function startNginx({ nginx = findNginx(), confFile = path.join(ROOT, 'deploy', 'nginx.conf'), listenPort = 3100, upstreamPorts, logDir } = {}) {
  if (!nginx) throw new Error('nginx is not installed (Debian/Ubuntu: apt-get install nginx-light; macOS: brew install nginx)');
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'village-nginx-'));
  fs.mkdirSync(path.join(prefix, 'logs'));
  fs.chmodSync(prefix, 0o755);
  // Other ports than the file's (3100 → 3101, 3102): the same file with those lines replaced.
  if (listenPort !== 3100 || upstreamPorts) {
    let text = fs.readFileSync(confFile, 'utf8').replace('listen 127.0.0.1:3100;', `listen 127.0.0.1:${listenPort};`);
    if (upstreamPorts) {
      const lines = upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=3 fail_timeout=5s;`).join('\n');
      text = text.replace(/^    server 127\.0\.0\.1:3101 .*\n    server 127\.0\.0\.1:3102 .*$/m, lines);
    }
    confFile = path.join(prefix, 'village.conf');
    fs.writeFileSync(confFile, text);
  }
  const main = `# generated by Village (bench/scale/lib.mjs); removed when nginx stops
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${logDir ? path.join(logDir, 'nginx-error.log') : `${prefix}/logs/error.log`} warn;
events { worker_connections 16384; }
http {
  access_log off;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${confFile};
}
`;
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), main);
  try {
    execFileSync(nginx, ['-t', '-q', '-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { stdio: 'pipe' });
  } catch (err) {
    throw new Error(`nginx rejects the configuration:\n${err.stderr?.toString() ?? err.message}`);
  }
  const child = spawn(nginx, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  for (let i = 0; i < 50; i++) {
    if (!(await portFree(listenPort))) break;
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode})`);
    await sleep(100);
  }
  return {
    child,
    prefix,
    pid: child.pid,
    async stop() {
      if (child.exitCode === null && !child.signalCode) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        await Promise.race([exited, sleep(5000).then(() => child.kill('SIGKILL'))]);
      }
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------- inspector (memory)

/**
 * A tiny Chrome DevTools Protocol client for an instance started with --inspect=127.0.0.1:<port>:
 * forces full garbage collections, reads process.memoryUsage() inside the server, and records
 * CPU profiles of chosen windows.
 */
export async function inspector(port) {
  const { default: WebSocket } = await import('ws');
  let list;
  for (let i = 0; i < 50 && !list; i++) {
    try {
      list = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
    } catch {
      await sleep(100);
    }
  }
  const ws = new WebSocket(list[0].webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let id = 0;
  const pending = new Map();
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data));
    if (msg.id && pending.has(msg.id)) {
      pending.get(msg.id)(msg);
      pending.delete(msg.id);
    }
  });
  const send = (method, params = {}) =>
    new Promise((resolve) => {
      const n = ++id;
      pending.set(n, resolve);
      ws.send(JSON.stringify({ id: n, method, params }));
    });
  return {
    async gc() {
      await send('HeapProfiler.enable');
      await send('HeapProfiler.collectGarbage');
      await send('HeapProfiler.collectGarbage');
    },
    async memory() {
      const r = await send('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true });
      return JSON.parse(r.result.result.value);
    },
    /** CPU profile of a window (Profiler domain): start now, stop() writes the .cpuprofile. */
    async profileStart() {
      await send('Profiler.enable');
      await send('Profiler.setSamplingInterval', { interval: 500 });
      await send('Profiler.start');
    },
    async profileStop(file) {
      const r = await send('Profiler.stop');
      fs.writeFileSync(file, JSON.stringify(r.result.profile));
      return file;
    },
    close: () => ws.close(),
  };
}
