// Fan-out: N members in circles of 4, connected over WebSocket to two instances that share
// PostgreSQL and Redis (members 0 and 2 of each circle on A, 1 and 3 on B, so every claim
// crosses instances). Members claim chores at a steady rate (open loop: one claim every 1/rate
// s whatever the answers), each through the instance it is connected to; for every claim we time
// from sending POST /api/v1/chores/{id}/claim to each of the 3 other members receiving
// `chore:updated` for that chore. Baseline in the same run: a bare Socket.IO server (same options,
// same rooms, same clients, no Next and no database) whose POST /claim broadcasts the same way;
// and two bare servers joined by the same Redis streams adapter, to tell Redis from the app.
//
//   npm run build, then:  node bench/scale/fanout.mjs [--members 2000] [--rates 20,50] [--duration 20]
//   [--profile] records a CPU profile of instance A (through the inspector) while each rate runs
//   and prints its top frames.
//   Needs PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres:
//   a fresh database is created and dropped) and Redis (BENCH_REDIS_URL, database index 9).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import {
  args, header, load, pct, ms, sleep, table, checkBuild, redisReachable, benchRedisUrl, cleanRedis, createDatabase,
  seed, startInstance, startNodeScript, connectMany, closeAll, inspector, ROOT, freePort,
} from './lib.mjs';
import { summariseProfile } from './profile-top.mjs';

const opt = args({ members: 2000, rates: '20,50', duration: 20, warmup: 300, chores: 12, timeout: 5000, profile: 'false', baseline: 'true', redisBaseline: 'true' });
const rates = String(opt.rates).split(',').map(Number);
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'village-fanout-'));
header(`fan-out: ${opt.members} members in circles of 4, two instances + Redis; rates ${rates.join(', ')} claims/s × ${opt.duration} s`);
console.log(`logs: ${runDir}`);

checkBuild();
const redisUrl = benchRedisUrl();
if (!(await redisReachable(redisUrl))) throw new Error(`Redis is not reachable at ${redisUrl} (start redis-server, or set BENCH_REDIS_URL)`);
const needed = opt.warmup + rates.reduce((s, r) => s + r * opt.duration, 0);
const circlesCount = Math.ceil(opt.members / 4);
const choresPerCircle = Math.max(opt.chores, Math.ceil(needed / circlesCount) + 1);

const database = await createDatabase();
const secret = randomBytes(33).toString('base64');
const results = [];
const profiles = [];
let profiler = null;
let exitCode = 0;
try {
  await cleanRedis(redisUrl);
  const t0 = performance.now();
  const data = await seed({ databaseUrl: database.url, secret, members: opt.members, chores: choresPerCircle, out: path.join(runDir, 'seed.json') });
  console.log(`seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s (${data.members.length} members, ${data.circles.length} circles)`);
  const members = data.members;

  /**
   * One phase: connects every member, then for each rate sends claims on schedule and waits for
   * the deliveries. `claim(k, member, choreId, circleId)` sends the request; returns rows.
   */
  async function phase(label, urls, { socketOpts, claim, pids }) {
    const t = performance.now();
    const { sockets, failed } = await connectMany(
      members.map((m) => m.cookie),
      urls,
      { concurrency: 40, opts: socketOpts ? (i) => socketOpts(i) : {}, onSocket: (s, i) => attach(s, i) },
    );
    console.log(`${label}: ${sockets.length - failed}/${sockets.length} sockets connected in ${((performance.now() - t) / 1000).toFixed(1)} s (load ${load()})`);
    if (failed) throw new Error(`${label}: ${failed} sockets could not connect`);
    const rows = [];
    let k = 0;
    // Warm-up (JIT, Next's route modules, pools): not measured.
    await run(opt.warmup, Math.max(...rates), () => {}, true);
    for (const rate of rates) {
      const latencies = [];
      const http = [];
      let lost = 0;
      let errors = 0;
      if (profiler && label.startsWith('Village')) await profiler.profileStart();
      const cpu0 = cpuTimes(pids);
      const c0 = process.cpuUsage();
      const load0 = load();
      const tStart = performance.now();
      const count = rate * opt.duration;
      await run(count, rate, (r) => {
        latencies.push(...r.latencies);
        lost += r.lost;
        if (r.http !== null) http.push(r.http);
        if (!r.ok) errors++;
      });
      const seconds = opt.duration;
      const cpu1 = cpuTimes(pids);
      if (profiler && label.startsWith('Village')) profiles.push(await profiler.profileStop(path.join(runDir, `instance-a-${rate}-per-s.cpuprofile`)));
      const c1 = process.cpuUsage(c0);
      rows.push({
        phase: label,
        rate: `${rate}/s`,
        claims: count,
        deliveries: latencies.length,
        lost,
        'http err': errors,
        p50: ms(pct(latencies, 50)),
        p95: ms(pct(latencies, 95)),
        p99: ms(pct(latencies, 99)),
        max: ms(Math.max(...latencies)),
        'deliv/s': (latencies.length / seconds).toFixed(0),
        'claim http p50/p99': `${pct(http, 50).toFixed(1)} / ${pct(http, 99).toFixed(1)} ms`,
        'server cpu': cpu0 && cpu1 ? `${(((cpu1 - cpu0) / seconds) * 100).toFixed(0)}%` : 'n/a',
        'client cpu': `${(((c1.user + c1.system) / 1e6 / seconds) * 100).toFixed(0)}%`,
        load: `${load0} → ${load()}`,
        _p50: pct(latencies, 50),
        _p99: pct(latencies, 99),
        _lost: lost,
        _elapsed: (performance.now() - tStart) / 1000,
      });
      console.log(`  ${label} at ${rate}/s: p50 ${ms(pct(latencies, 50))}, p99 ${ms(pct(latencies, 99))}, ${latencies.length} deliveries, ${lost} lost, ${errors} http errors (load ${load()})`);
    }
    closeAll(sockets);
    await sleep(500);
    return rows;

    // ---- helpers closing over this phase's sockets
    function attach(socket, i) {
      socket.on('chore:updated', (c) => {
        const p = pending.get(c.id);
        if (!p || c.status !== 'claimed') return;
        if (!p.waiting.delete(i)) return;
        p.latencies.push(performance.now() - p.t0);
        if (p.waiting.size === 0) p.finish();
      });
    }
    async function run(count, rate, onResult, warm = false) {
      const start = performance.now();
      const inFlight = [];
      for (let n = 0; n < count; n++) {
        const due = start + (n * 1000) / rate;
        const wait = due - performance.now();
        if (wait > 1) await sleep(wait);
        const kk = k++;
        const circle = kk % circlesCount;
        const round = Math.floor(kk / circlesCount);
        const claimerIndex = circle * 4 + (round % 4);
        const choreId = data.circles[circle].chores[round];
        const watchers = [0, 1, 2, 3].map((j) => circle * 4 + j).filter((j) => j !== claimerIndex);
        inFlight.push(
          measure(choreId, watchers, () => claim(kk, members[claimerIndex], claimerIndex, choreId, data.circles[circle].id)).then((r) => {
            if (!warm) onResult(r);
          }),
        );
      }
      await Promise.all(inFlight);
    }
  }

  const pending = new Map();
  function measure(choreId, watchers, send) {
    return new Promise((resolve) => {
      const p = { t0: performance.now(), waiting: new Set(watchers), latencies: [], http: null, ok: true };
      let timer;
      let responded = false;
      let delivered = false;
      const settle = () => {
        if (!responded || !delivered) return;
        clearTimeout(timer);
        pending.delete(choreId);
        resolve({ latencies: p.latencies, lost: p.waiting.size, http: p.http, ok: p.ok });
      };
      p.finish = () => {
        delivered = true;
        settle();
      };
      pending.set(choreId, p);
      timer = setTimeout(() => {
        delivered = true;
        responded = true;
        settle();
      }, opt.timeout);
      send().then(
        (status) => {
          p.http = performance.now() - p.t0;
          p.ok = status === 200;
          responded = true;
          settle();
        },
        () => {
          p.ok = false;
          responded = true;
          settle();
        },
      );
    });
  }

  async function post(url, cookie, body) {
    const res = await fetch(url, { method: 'POST', headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    await res.arrayBuffer();
    return res.status;
  }

  // ---- baseline 1: one bare Socket.IO server, in-memory adapter
  if (opt.baseline !== 'false') {
    const bare = await startNodeScript(path.join(ROOT, 'bench/scale/bare-server.mjs'), ['--port', String(await freePort())], { logFile: path.join(runDir, 'bare.log') });
    results.push(
      ...(await phase('bare Socket.IO ×1', [bare.url], {
        socketOpts: (i) => ({ auth: { userId: members[i].id, circleId: data.circles[members[i].circle].id } }),
        claim: (k, m, i, choreId, circleId) => post(`${bare.url}/claim`, m.cookie, { circleId, choreId, userId: m.id }),
        pids: [bare.pid],
      })),
    );
    await bare.stop();
  }

  // ---- baseline 2: two bare servers joined by the Redis streams adapter
  if (opt.redisBaseline !== 'false') {
    await cleanRedis(redisUrl);
    const bareA = await startNodeScript(path.join(ROOT, 'bench/scale/bare-server.mjs'), ['--port', String(await freePort()), '--redis', redisUrl], { logFile: path.join(runDir, 'bare-a.log') });
    const bareB = await startNodeScript(path.join(ROOT, 'bench/scale/bare-server.mjs'), ['--port', String(await freePort()), '--redis', redisUrl], { logFile: path.join(runDir, 'bare-b.log') });
    const urls = [bareA.url, bareB.url];
    results.push(
      ...(await phase('bare ×2 + Redis', urls, {
        socketOpts: (i) => ({ auth: { userId: members[i].id, circleId: data.circles[members[i].circle].id } }),
        claim: (k, m, i, choreId, circleId) => post(`${urls[i % 2]}/claim`, m.cookie, { circleId, choreId, userId: m.id }),
        pids: [bareA.pid, bareB.pid],
      })),
    );
    await bareA.stop();
    await bareB.stop();
  }

  // ---- the app: two production instances, PostgreSQL, Redis
  await cleanRedis(redisUrl);
  const env = { DATABASE_URL: database.url, REDIS_URL: redisUrl, AUTH_SECRET: secret };
  const profiling = opt.profile !== 'false';
  const inspectPort = await freePort();
  const [a, b] = await Promise.all([
    startInstance({ name: 'a', port: await freePort(), env, logDir: runDir, nodeArgs: profiling ? [`--inspect=127.0.0.1:${inspectPort}`] : [] }),
    startInstance({ name: 'b', port: await freePort(), env, logDir: runDir }),
  ]);
  profiler = profiling ? await inspector(inspectPort) : null;
  console.log(`instances ready: a ${a.url} (${(a.readyMs / 1000).toFixed(1)} s), b ${b.url} (${(b.readyMs / 1000).toFixed(1)} s)`);
  const urls = [a.url, b.url];
  results.push(
    ...(await phase('Village ×2 + Redis + PostgreSQL', urls, {
      socketOpts: undefined,
      claim: (k, m, i, choreId) => post(`${urls[i % 2]}/api/v1/chores/${choreId}/claim`, m.cookie),
      pids: [a.pid, b.pid],
    })),
  );
  profiler?.close();
  await Promise.all([a.stop(), b.stop()]);
  for (const file of profiles) {
    console.log(`\nCPU profile of instance a while claims ran at ${path.basename(file).match(/(\d+)-per-s/)[1]}/s: ${file}`);
    summariseProfile(file, 30);
  }

  // ---- report
  console.log('\nResults (latency: claim request sent → each other member of the circle has `chore:updated`)');
  table(results);
  for (const rate of rates) {
    const base = results.find((r) => r.phase === 'bare Socket.IO ×1' && r.rate === `${rate}/s`);
    const app = results.find((r) => r.phase.startsWith('Village') && r.rate === `${rate}/s`);
    if (!app) continue;
    const ratio = base ? app._p99 / base._p99 : NaN;
    const goals = [
      `p99 ${ms(app._p99)} ${app._p99 <= 25 ? '≤' : '>'} 25 ms`,
      base ? `${ratio.toFixed(1)}× the bare baseline's p99 (${ms(base._p99)}) ${ratio <= 3 ? '≤' : '>'} 3×` : 'no baseline',
      `${app._lost} lost`,
    ];
    console.log(`at ${rate} claims/s with ${opt.members} members: ${goals.join('; ')}`);
    if (app._p99 > 25 || app._lost > 0 || ratio > 3) exitCode = 1;
  }
} finally {
  await database.drop();
  await cleanRedis(redisUrl).catch(() => {});
}
process.exit(exitCode);

function cpuTimes(pids) {
  try {
    const tick = 100; // USER_HZ on Linux
    return pids.reduce((sum, pid) => {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return sum + (Number(fields[11]) + Number(fields[12])) / tick;
    }, 0);
  } catch {
    return null;
  }
}
