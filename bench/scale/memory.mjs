// Memory per idle authenticated socket: one production instance (PostgreSQL, Redis streams
// adapter, as deployed), started with --inspect on loopback so the benchmark can force full
// garbage collections inside it (HeapProfiler.collectGarbage, twice) and read
// process.memoryUsage() there. Measured after GC at 0 sockets (after a warm-up connection
// round), then at each step (default 1,000 and 5,000 idle authenticated sockets, each in its
// user room and its circle room); per socket = (figure at N − figure at 0) / N.
// Baseline in the same run: a bare Socket.IO server (same options, same rooms, no Next, no
// session check; run with --expose-gc) with the same clients.
//
//   npm run build, then:  node bench/scale/memory.mjs [--steps 1000,5000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  args, header, load, sleep, table, checkBuild, redisReachable, benchRedisUrl, cleanRedis, createDatabase, seed,
  startInstance, startNodeScript, connectMany, closeAll, inspector, ROOT, freePort,
} from './lib.mjs';

const opt = args({ steps: '1000,5000', settle: 3000, goal: 35 });
const steps = String(opt.steps).split(',').map(Number);
const max = Math.max(...steps);
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'village-memory-'));
header(`memory per idle authenticated socket: ${steps.join(', ')} sockets on one instance`);
console.log(`logs: ${runDir}`);
checkBuild();
const redisUrl = benchRedisUrl();
if (!(await redisReachable(redisUrl))) throw new Error(`Redis is not reachable at ${redisUrl}`);

const KB = 1024;
const database = await createDatabase();
const secret = randomBytes(33).toString('base64');
const rows = [];
let exitCode = 0;
try {
  const data = await seed({ databaseUrl: database.url, secret, members: max, chores: 1, out: path.join(runDir, 'seed.json') });
  const members = data.members;

  async function measure(label, url, read, socketOpts) {
    // Warm-up: load every code path a connection takes, then let it go.
    const warm = await connectMany(members.slice(0, 50).map((m) => m.cookie), [url], { opts: socketOpts });
    closeAll(warm.sockets);
    await sleep(opt.settle);
    const zero = await read();
    const figures = [{ n: 0, ...zero }];
    const all = [];
    let connected = 0;
    for (const n of steps) {
      const more = await connectMany(members.slice(connected, n).map((m) => m.cookie), [url], {
        concurrency: 50,
        opts: socketOpts ? (i) => socketOpts(i + connected) : {},
      });
      if (more.failed) throw new Error(`${label}: ${more.failed} sockets failed to connect`);
      all.push(...more.sockets);
      connected = n;
      await sleep(opt.settle);
      const m = await read();
      figures.push({ n, ...m });
      const per = (k) => ((m[k] - zero[k]) / n / KB).toFixed(1);
      rows.push({
        server: label,
        sockets: n,
        'heapUsed/socket': `${per('heapUsed')} KB`,
        'external+buffers/socket': `${((m.external + m.arrayBuffers - zero.external - zero.arrayBuffers) / n / KB).toFixed(1)} KB`,
        'rss/socket': `${per('rss')} KB`,
        'heapUsed at 0 → n': `${(zero.heapUsed / 2 ** 20).toFixed(0)} → ${(m.heapUsed / 2 ** 20).toFixed(0)} MB`,
        'rss at 0 → n': `${(zero.rss / 2 ** 20).toFixed(0)} → ${(m.rss / 2 ** 20).toFixed(0)} MB`,
        load: load(),
        _heap: (m.heapUsed - zero.heapUsed) / n / KB,
        _rss: (m.rss - zero.rss) / n / KB,
      });
      console.log(`  ${label}, ${n} sockets: heapUsed ${per('heapUsed')} KB/socket, rss ${per('rss')} KB/socket (load ${load()})`);
    }
    closeAll(all);
    await sleep(1000);
    return figures;
  }

  // ---- baseline: bare Socket.IO
  const bare = await startNodeScript(path.join(ROOT, 'bench/scale/bare-server.mjs'), ['--port', String(await freePort())], {
    nodeArgs: ['--expose-gc'],
    logFile: path.join(runDir, 'bare.log'),
  });
  await measure('bare Socket.IO', bare.url, async () => (await fetch(`${bare.url}/memory`)).json(), (i) => ({ auth: { userId: members[i].id, circleId: data.circles[members[i].circle].id } }));
  await bare.stop();

  // ---- the app
  await cleanRedis(redisUrl);
  const inspectPort = await freePort();
  const a = await startInstance({
    name: 'a',
    port: await freePort(),
    env: { DATABASE_URL: database.url, REDIS_URL: redisUrl, AUTH_SECRET: secret },
    nodeArgs: [`--inspect=127.0.0.1:${inspectPort}`],
    logDir: runDir,
  });
  const probe = await inspector(inspectPort);
  // A few requests first, so Next's page and route modules are loaded before the 0 figure.
  await fetch(`${a.url}/api/v1/circles/${data.circles[0].id}/chores`, { headers: { cookie: members[0].cookie } });
  await measure('Village (PostgreSQL, Redis)', a.url, async () => {
    await probe.gc();
    return probe.memory();
  });
  probe.close();
  await a.stop();

  console.log('\nResults (after full GC; per socket = (figure at n − figure at 0) / n)');
  table(rows);
  for (const r of rows.filter((x) => x.server.startsWith('Village'))) {
    const met = r._heap <= opt.goal && r._rss <= opt.goal;
    console.log(`${r.sockets} sockets: heap ${r._heap.toFixed(1)} KB and rss ${r._rss.toFixed(1)} KB per socket; goal ≤ ${opt.goal} KB ${met ? 'met' : 'NOT met'}`);
    if (!met) exitCode = 1;
  }
} finally {
  await database.drop();
  await cleanRedis(redisUrl).catch(() => {});
}
process.exit(exitCode);
