// Reconnect storm: N sockets through nginx (deploy/nginx.conf) to two instances sharing
// PostgreSQL and Redis; SIGTERM one instance, start it again. Its sockets (the ones that get
// disconnected) reconnect through nginx to whichever instance answers. Meanwhile chores are
// created in `--event-circles` circles (through nginx, with an Idempotency-Key, retried on 502/503
// as the app's offline queue does), so each client knows which `chore:created` events it must
// have. A client that comes back with `socket.recovered` must get the missed ones replayed; one
// that does not refetches GET /api/v1/circles/{id}/chores, as the app's pages do. Figures: time
// from SIGTERM until 95% of the disconnected sockets are back, and back and caught up; events
// lost (neither delivered nor in the refetch) or delivered twice, on any client.
// Two kinds of clients, one storm each: "active" clients have received a chore event before the
// storm; "idle" ones have received no event of the app since they connected. Both hold a stream
// offset since the server sends every new connection `live:ready` through the adapter, so both
// can be recovered; a client that is not (its offset gone) refetches. The bare baseline sends no
// such packet: its clients get one event first, as active ones. Baseline in the same run: the same storm, active clients, against two
// bare Socket.IO servers with the same Redis streams adapter behind the same nginx (recovery
// only, no database, no session check).
//
//   npm run build, then:  node bench/scale/storm.mjs [--members 2000] [--event-circles 100]
//   [--clients active,idle] [--event-window 1000]  (ms over which the storm's events are sent)
//   [--profile]  CPU profile of instance b (the one that takes the sockets) during each storm
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  args, header, load, pct, sleep, table, checkBuild, redisReachable, benchRedisUrl, cleanRedis, createDatabase, seed,
  startInstance, startNodeScript, startNginx, findNginx, connectMany, closeAll, inspector, ROOT, freePort,
} from './lib.mjs';
import { summariseProfile } from './profile-top.mjs';

const opt = args({ members: 2000, 'event-circles': 100, 'event-window': 1000, settle: 3000, timeout: 30000, baseline: 'true', clients: 'active,idle', profile: 'false' });
const scenarios = String(opt.clients).split(',');
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'village-storm-'));
header(`reconnect storm: ${opt.members} sockets through nginx to two instances; SIGTERM and restart one`);
console.log(`logs: ${runDir}`);
checkBuild();
if (!findNginx()) throw new Error('nginx is not installed (apt-get install nginx-light); the storm runs through it');
const redisUrl = benchRedisUrl();
if (!(await redisReachable(redisUrl))) throw new Error(`Redis is not reachable at ${redisUrl}`);

const database = await createDatabase();
const secret = randomBytes(33).toString('base64');
const rows = [];
let exitCode = 0;
try {
  const data = await seed({ databaseUrl: database.url, secret, members: opt.members, chores: 1, out: path.join(runDir, 'seed.json') });
  const members = data.members;
  const eventCircles = Math.min(opt['event-circles'], data.circles.length);

  /**
   * target: { label, start(name, port, balancerUrl) → handle with stop(), create(circleIdx, key,
   * base) → { status, id }, refetch(circleIdx, cookie, base) → ids | null, socketOpts, count? }
   */
  async function storm(target, { active }) {
    await cleanRedis(redisUrl);
    const [portA, portB, portLb] = [await freePort(), await freePort(), await freePort()];
    const base = `http://127.0.0.1:${portLb}`;
    const inspectPort = opt.profile !== 'false' && target.profile ? await freePort() : null;
    const started = await Promise.all([target.start('a', portA, base), target.start('b', portB, base, inspectPort)]);
    const profiler = inspectPort ? await inspector(inspectPort) : null;
    let a = started[0];
    const b = started[1];
    const lb = await startNginx({ listenPort: portLb, upstreamPorts: [portA, portB], logDir: runDir });
    try {
      const state = members.map(() => ({ seen: new Map(), refetched: new Set(), down: null, back: null, caught: null, recovered: null, refetchDone: true }));
      const expected = new Map(); // circle index → chore ids created during the storm
      const pendingCreates = new Map(); // circle index → creates not answered yet
      let t0 = null;
      const reconnectErrors = new Map();
      const createdAt = new Map(); // chore id → when its create was sent and answered (ms after SIGTERM)
      const check = (i) => {
        const s = state[i];
        if (s.caught !== null || s.back === null || !s.refetchDone) return;
        const c = members[i].circle;
        if (pendingCreates.get(c)) return;
        for (const id of expected.get(c) ?? []) if (!s.seen.get(id) && !s.refetched.has(id)) return;
        s.caught = performance.now() - t0;
      };
      const { sockets, failed } = await connectMany(
        members.map((m) => m.cookie),
        [base],
        {
          concurrency: 40,
          origin: base,
          opts: target.socketOpts,
          onSocket: (socket, i) => {
            socket.on('chore:created', (c) => {
              state[i].seen.set(c.id, (state[i].seen.get(c.id) ?? 0) + 1);
              check(i);
            });
            socket.io.on('reconnect_attempt', (n) => {
              if (t0 !== null && n === 1) state[i].attempt = performance.now() - t0;
            });
            socket.io.on('reconnect_error', (e) => {
              const key = String(e?.message ?? e).slice(0, 80);
              reconnectErrors.set(key, (reconnectErrors.get(key) ?? 0) + 1);
            });
            socket.on('connect_error', (e) => {
              if (t0 === null) return;
              const key = `connect_error: ${String(e?.message ?? e).slice(0, 80)}`;
              reconnectErrors.set(key, (reconnectErrors.get(key) ?? 0) + 1);
            });
            socket.on('disconnect', () => {
              if (t0 !== null && state[i].down === null) state[i].down = performance.now() - t0;
            });
            socket.on('connect', async () => {
              const s = state[i];
              if (t0 === null || s.down === null || s.back !== null) return;
              s.back = performance.now() - t0;
              s.recovered = socket.recovered;
              if (!socket.recovered) {
                s.refetchDone = false;
                const ids = await target.refetch(members[i].circle, members[i].cookie, base).catch(() => null);
                for (const id of ids ?? []) s.refetched.add(id);
                s.refetchDone = true;
              }
              check(i);
            });
          },
        },
      );
      if (failed) throw new Error(`${failed} sockets could not connect`);
      if (active) {
        // Every client receives one event first: it then holds an offset, which recovery needs
        // (a client that has received nothing since it connected cannot be recovered).
        const warm = new Set();
        let next = 0;
        await Promise.all(
          Array.from({ length: 20 }, async () => {
            while (next < data.circles.length) {
              const c = next++;
              const r = await target.create(c, randomUUID(), base);
              if (r.status === 201) warm.add(r.id);
            }
          }),
        );
        const until = performance.now() + 30_000;
        while (performance.now() < until && !state.every((s) => [...s.seen.keys()].some((id) => warm.has(id)))) await sleep(100);
        for (const s of state) s.seen.clear();
      }
      await sleep(opt.settle);
      const split = await target.count?.([a, b]);
      console.log(`${target.label}, ${active ? 'active' : 'idle'} clients: ${sockets.length} sockets through nginx${split ? ` (a ${split[0]}, b ${split[1]})` : ''}; load ${load()}`);

      // The storm.
      const loadBefore = load();
      await profiler?.profileStart();
      t0 = performance.now();
      let exitedAt = NaN;
      const stopped = a.stop().then(() => (exitedAt = performance.now() - t0));
      let createErrors = 0;
      let retries = 0;
      const creates = [];
      for (let c = 0; c < eventCircles; c++) {
        const due = (c * opt['event-window']) / eventCircles;
        const wait = t0 + due - performance.now();
        if (wait > 1) await sleep(wait);
        pendingCreates.set(c, (pendingCreates.get(c) ?? 0) + 1);
        const key = randomUUID();
        const sentAt = performance.now() - t0;
        creates.push(
          (async () => {
            for (let attempt = 0; attempt < 10; attempt++) {
              const r = await target.create(c, key, base).catch(() => ({ status: 0 }));
              if (r.status === 201 || r.status === 200) {
                expected.set(c, [...(expected.get(c) ?? []), r.id]);
                createdAt.set(r.id, { sent: sentAt, answered: performance.now() - t0 });
                return;
              }
              retries++;
              await sleep(200);
            }
            createErrors++;
          })().finally(() => {
            pendingCreates.set(c, pendingCreates.get(c) - 1);
            for (let j = 0; j < 4; j++) check(c * 4 + j);
          }),
        );
      }
      await Promise.all(creates);
      await stopped;
      a = await target.start('a', portA, base);
      const restartedAt = performance.now() - t0;

      const affected = state.map((s, i) => i).filter((i) => state[i].down !== null);
      const deadline = performance.now() + opt.timeout;
      while (performance.now() < deadline && affected.some((i) => state[i].caught === null)) await sleep(100);
      if (profiler) {
        const file = await profiler.profileStop(path.join(runDir, `instance-b-${active ? 'active' : 'idle'}.cpuprofile`));
        profiler.close();
        console.log(`  CPU profile of instance b from SIGTERM to a until every client was back and caught up: ${file}`);
        summariseProfile(file, 30);
      }
      await sleep(500); // late duplicates
      const split2 = await target.count?.([a, b]);

      let lost = 0;
      let dup = 0;
      let clientsWithEvents = 0;
      const lostDetails = [];
      state.forEach((s, i) => {
        const ids = expected.get(members[i].circle) ?? [];
        if (ids.length) clientsWithEvents++;
        for (const id of ids) {
          if (s.seen.get(id) || s.refetched.has(id)) continue;
          lost++;
          const c = createdAt.get(id);
          lostDetails.push(
            `client ${i} (${s.down === null ? 'stayed connected' : `dropped ${sec(s.down)}, back ${sec(s.back ?? NaN)}, ${s.recovered ? 'recovered' : 'not recovered'}`}): chore created ${sec(c.sent)}–${sec(c.answered)}`,
          );
        }
        for (const n of s.seen.values()) if (n > 1) dup += n - 1;
      });
      const back = affected.map((i) => state[i].back ?? Infinity);
      const caught = affected.map((i) => state[i].caught ?? Infinity);
      const recovered = affected.filter((i) => state[i].recovered === true).length;
      const row = {
        target: target.label,
        clients: active ? 'active' : 'idle',
        'sockets on a': affected.length,
        recovered,
        refetched: affected.filter((i) => state[i].recovered === false).length,
        'dropped 95%': sec(pct(affected.map((i) => state[i].down), 95)),
        '1st attempt 50%/95%': `${sec(pct(affected.map((i) => state[i].attempt ?? Infinity), 50))} / ${sec(pct(affected.map((i) => state[i].attempt ?? Infinity), 95))}`,
        'back 50%': sec(pct(back, 50)),
        'back 95%': sec(pct(back, 95)),
        'back 100%': sec(Math.max(...back)),
        'back+caught up 95%': sec(pct(caught, 95)),
        'clients expecting events': clientsWithEvents,
        events: [...expected.values()].reduce((n, l) => n + l.length, 0),
        lost,
        duplicates: dup,
        'create retries/errors': `${retries}/${createErrors}`,
        'a exited / ready again': `${sec(exitedAt)} / ${sec(restartedAt)}`,
        'after (a, b)': split2 ? split2.join(', ') : 'n/a',
        load: `${loadBefore} → ${load()}`,
        _caught95: pct(caught, 95),
        _lost: lost + dup,
      };
      rows.push(row);
      console.log(`  ${target.label}, ${active ? 'active' : 'idle'}: ${affected.length} sockets dropped; 95% back in ${row['back 95%']}, back and caught up in ${row['back+caught up 95%']}; ${recovered} recovered; ${lost} lost, ${dup} duplicates`);
      const never = affected.filter((i) => state[i].back === null);
      if (never.length) {
        const describe = (i) => `client ${i}: connected ${sockets[i].connected}, active ${sockets[i].active}, manager ${sockets[i].io._readyState}, attempts ${sockets[i].io.backoff?.attempts}`;
        console.log(`  ${never.length} sockets never came back, e.g.\n    ${never.slice(0, 5).map(describe).join('\n    ')}`);
      }
      if (lostDetails.length) console.log(`  lost events (first 12):\n    ${lostDetails.slice(0, 12).join('\n    ')}`);
      if (reconnectErrors.size) console.log(`  failed reconnection attempts: ${[...reconnectErrors].map(([k, n]) => `${n} × ${k}`).join('; ')}`);
      closeAll(sockets);
    } finally {
      await lb.stop();
      await a.stop();
      await b.stop();
    }
  }

  // ---- baseline: two bare Socket.IO servers, same Redis streams adapter, same nginx
  if (opt.baseline !== 'false' && scenarios.includes('active')) {
    await storm({
      label: 'bare ×2 + Redis',
      start: (name, port) => startNodeScript(path.join(ROOT, 'bench/scale/bare-server.mjs'), ['--port', String(port), '--redis', redisUrl], { logFile: path.join(runDir, `bare-${name}.log`) }),
      socketOpts: (i) => ({ auth: { userId: members[i].id, circleId: data.circles[members[i].circle].id } }),
      create: async (c, key, base) => {
        const res = await fetch(`${base}/create`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ circleId: data.circles[c].id, userId: members[c * 4].id }) });
        const json = res.ok ? await res.json() : null;
        return { status: res.status, id: json?.id };
      },
      refetch: async () => null,
    }, { active: true });
  }

  // ---- the app
  // As deployed behind nginx (docs/DEPLOY.md): nginx compresses, the instances do not.
  const env = { DATABASE_URL: database.url, REDIS_URL: redisUrl, AUTH_SECRET: secret, TRUST_PROXY: '1', COMPRESSION: 'off' };
  const village = {
    label: 'Village ×2 + Redis + PostgreSQL',
    start: (name, port, base, inspectPort) =>
      startInstance({ name, port, env: { ...env, APP_URL: base }, logDir: runDir, nodeArgs: inspectPort ? [`--inspect=127.0.0.1:${inspectPort}`] : [] }),
    profile: true,
    socketOpts: {},
    create: async (c, key, base) => {
      const res = await fetch(`${base}/api/v1/circles/${data.circles[c].id}/chores`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: members[c * 4].cookie, 'idempotency-key': key },
        body: JSON.stringify({ title: `Storm ${c}`, category: 'other' }),
      });
      const json = await res.json().catch(() => null);
      return { status: res.status, id: json?.id };
    },
    refetch: async (c, cookie, base) => {
      const res = await fetch(`${base}/api/v1/circles/${data.circles[c].id}/chores`, { headers: { cookie } });
      if (!res.ok) throw new Error(`refetch ${res.status}`);
      return (await res.json()).items.map((x) => x.id);
    },
    count: async (instances) =>
      Promise.all(
        instances.map(async (x) => {
          const text = await (await fetch(`${x.url}/metrics`)).text().catch(() => '');
          return Number(/^village_sockets_connected (\d+)/m.exec(text)?.[1] ?? NaN);
        }),
      ),
  };
  for (const scenario of scenarios) await storm(village, { active: scenario === 'active' });

  console.log('\nResults (times from SIGTERM to instance a; "sockets on a" = the sockets it dropped)');
  table(rows);
  for (const app of rows.filter((r) => r.target.startsWith('Village'))) {
    console.log(`${app.clients} clients — goal: 95% back and caught up ≤ 3 s: ${app['back+caught up 95%']} ${app._caught95 <= 3000 ? 'met' : 'NOT met'}; none lost: ${app._lost === 0 ? 'met' : `NOT met (${app.lost} lost, ${app.duplicates} duplicates)`}`);
    if (app._caught95 > 3000 || app._lost) exitCode = 1;
  }
} finally {
  await database.drop();
  await cleanRedis(redisUrl).catch(() => {});
}
process.exit(exitCode);

function sec(x) {
  return Number.isFinite(x) ? `${(x / 1000).toFixed(2)} s` : 'never';
}

