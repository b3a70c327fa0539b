// HTTP throughput and latency with a signed-in session: autocannon against one production
// instance (PostgreSQL, Redis streams adapter), on the chore board page /circles/{id}/chores
// and GET /api/v1/circles/{id}/chores (a board of 15 chores: 8 open, 4 claimed, 3 done, in a
// database seeded with 2,000 members and 6,000 more chores), at 50 and 200 connections.
// Baselines in the same run: a bare node:http server (bench/scale/bare-http.mjs, own process)
// answering the same JSON bytes (the floor of Node + autocannon on this machine), and /api/health on the instance (Next's routing and
// one database round trip, no session).
//
//   npm run build, then:  node bench/scale/http.mjs [--connections 50,200] [--duration 10] [--rates 100,200,300]
//   [--profile]  CPU profile of the instance while each app target runs at the first connection count
import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { args, header, load, sleep, table, checkBuild, redisReachable, benchRedisUrl, cleanRedis, createDatabase, seed, startInstance, startNodeScript, freePort, inspector, ROOT } from './lib.mjs';
import { summariseProfile } from './profile-top.mjs';

const opt = args({ connections: '50,200', duration: 10, warmup: 3, members: 2000, goal: 100, profile: 'false', rates: '100,200,300' });
// Open loop: the API at the largest connection count, offered a fixed number of requests per
// second in all, evenly spaced (openLoop below), so latency is the service time at that load rather
// than the queue that a closed loop of N connections builds once the server is saturated.
const rates = String(opt.rates).split(',').filter(Boolean).map(Number);
const connections = String(opt.connections).split(',').map(Number);
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'village-http-'));
header(`HTTP: autocannon, ${connections.join(' and ')} connections × ${opt.duration} s per target`);
console.log(`logs: ${runDir}`);
checkBuild();
const redisUrl = benchRedisUrl();
if (!(await redisReachable(redisUrl))) throw new Error(`Redis is not reachable at ${redisUrl}`);

function cannon(url, conns, duration, headers = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: conns, duration, headers, timeout: 10 }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

/**
 * Requests sent at evenly spaced instants (`rate` per second) over `conns` keep-alive connections,
 * whatever the answers do: latency runs from the instant a request was due, so time spent waiting
 * for a free connection counts (no coordinated omission). autocannon's own rate limit sends each
 * connection's requests in step, 200 at once every second, which measures bursts instead.
 */
async function openLoop(url, headers, rate, conns, seconds) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: conns });
  const latencies = [];
  let non2xx = 0;
  let errors = 0;
  const total = Math.round(rate * seconds);
  const t0 = performance.now() + 50;
  const pending = [];
  for (let k = 0; k < total; k++) {
    const due = t0 + (k * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    pending.push(
      new Promise((resolve) => {
        const req = http.get(url, { agent, headers }, (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode < 200 || res.statusCode >= 300) non2xx++;
            latencies.push(performance.now() - due);
            resolve();
          });
        });
        req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
        req.on('error', () => {
          errors++;
          resolve();
        });
      }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((x, y) => x - y);
  const q = (p) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN);
  return { rps: latencies.length / elapsed, p50: q(50), p99: q(99), max: Math.round(latencies.at(-1) ?? NaN), non2xx, errors };
}

const database = await createDatabase();
const secret = randomBytes(33).toString('base64');
const rows = [];
let exitCode = 0;
let bare;
try {
  const data = await seed({ databaseUrl: database.url, secret, members: opt.members, chores: 3, out: path.join(runDir, 'seed.json') });
  await cleanRedis(redisUrl);
  const inspectPort = opt.profile !== 'false' ? await freePort() : null;
  const a = await startInstance({
    name: 'a',
    port: await freePort(),
    env: { DATABASE_URL: database.url, REDIS_URL: redisUrl, AUTH_SECRET: secret },
    logDir: runDir,
    nodeArgs: inspectPort ? [`--inspect=127.0.0.1:${inspectPort}`] : [],
  });
  const profiler = inspectPort ? await inspector(inspectPort) : null;
  const profiles = [];
  const { circleId, cookie } = data.board;
  const apiPath = `/api/v1/circles/${circleId}/chores`;
  const pagePath = `/circles/${circleId}/chores`;

  // What each target answers, checked once before timing it.
  const apiRes = await fetch(a.url + apiPath, { headers: { cookie } });
  const apiBody = await apiRes.text();
  const pageRes = await fetch(a.url + pagePath, { headers: { cookie }, redirect: 'manual' });
  const pageBody = await pageRes.text();
  if (apiRes.status !== 200 || pageRes.status !== 200) throw new Error(`targets answer ${apiRes.status} / ${pageRes.status}, expected 200 (session cookie refused?)`);
  console.log(`API answers ${apiBody.length} bytes (${JSON.parse(apiBody).items.length} chores); the page ${pageBody.length} bytes of HTML`);

  fs.writeFileSync(path.join(runDir, 'chores.json'), apiBody);
  bare = await startNodeScript(path.join(ROOT, 'bench/scale/bare-http.mjs'), [path.join(runDir, 'chores.json')]);
  const bareUrl = bare.url;

  const targets = [
    { name: 'bare node:http, same JSON', url: bareUrl + '/', headers: {} },
    { name: 'GET /api/health (Next, no session)', url: a.url + '/api/health', headers: {} },
    { name: `GET ${'/api/v1/circles/:id/chores'}`, url: a.url + apiPath, headers: { cookie }, api: true },
    { name: 'page /circles/:id/chores', url: a.url + pagePath, headers: { cookie }, page: true },
  ];
  async function closedLoop(t) {
    await cannon(t.url, 10, opt.warmup, t.headers);
    for (const c of connections) {
      const load0 = load();
      const profiling = profiler && c === connections[0] && !t.name.startsWith('bare');
      if (profiling) await profiler.profileStart();
      const r = await cannon(t.url, c, opt.duration, t.headers);
      if (profiling) profiles.push([t.name, await profiler.profileStop(path.join(runDir, `${t.name.replace(/[^a-z0-9]+/gi, '-')}.cpuprofile`)), r.requests.total]);
      rows.push({
        target: t.name,
        connections: c,
        'req/s': r.requests.average.toFixed(0),
        p50: `${r.latency.p50} ms`,
        p99: `${r.latency.p99} ms`,
        max: `${r.latency.max} ms`,
        'non-2xx': r.non2xx,
        errors: r.errors,
        timeouts: r.timeouts,
        load: `${load0} → ${load()}`,
        _p99: r.latency.p99,
        _api: t.api,
      });
      console.log(`  ${t.name} @ ${c}: ${r.requests.average.toFixed(0)} req/s, p99 ${r.latency.p99} ms (load ${load()})`);
    }
  }
  for (const t of targets) if (!t.page) await closedLoop(t);
  const apiTarget = targets.find((t) => t.api);
  const most = Math.max(...connections);
  for (const rate of rates) {
    const load0 = load();
    const r = await openLoop(apiTarget.url, apiTarget.headers, rate, most, opt.duration);
    rows.push({
      target: `${apiTarget.name}, open loop ${rate} req/s offered`,
      connections: most,
      'req/s': r.rps.toFixed(0),
      p50: `${r.p50} ms`,
      p99: `${r.p99} ms`,
      max: `${r.max} ms`,
      'non-2xx': r.non2xx,
      errors: r.errors,
      timeouts: 0,
      load: `${load0} → ${load()}`,
      _p99: r.p99,
      _rate: rate,
    });
    console.log(`  ${apiTarget.name} @ ${most} connections, ${rate} req/s offered: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms (load ${load()})`);
  }
  // Last: at 200 connections the page's renders run past autocannon's timeout and keep the
  // instance busy after it stops, which would spoil whatever ran next.
  for (const t of targets) if (t.page) await closedLoop(t);
  profiler?.close();
  await a.stop();
  for (const [name, file, requests] of profiles) {
    console.log(`\nCPU profile of the instance under ${name} at ${connections[0]} connections (${requests} requests): ${file}`);
    summariseProfile(file, 20);
  }

  console.log('\nResults');
  table(rows);
  const api200 = rows.find((r) => r._api && r.connections === 200);
  if (api200) {
    console.log(`goal: API p99 ≤ ${opt.goal} ms at 200 connections: ${api200._p99} ms, ${api200._p99 <= opt.goal ? 'met' : 'NOT met'}`);
    if (api200._p99 > opt.goal || api200['non-2xx'] || api200.errors) exitCode = 1;
  }
  const within = rows.filter((r) => r._rate && r._p99 <= opt.goal).map((r) => r._rate);
  if (rates.length) console.log(`open loop at ${Math.max(...connections)} connections: p99 ≤ ${opt.goal} ms up to ${within.length ? `${Math.max(...within)} req/s offered` : 'none of the rates tried'}`);
} finally {
  await bare?.stop();
  await database.drop();
  await cleanRedis(redisUrl).catch(() => {});
}
process.exit(exitCode);
