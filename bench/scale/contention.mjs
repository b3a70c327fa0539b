// Contention: `--trials` × `--claimers` members of one circle claim the same chore at the same
// moment, half through instance A and half through B (two production instances on one
// PostgreSQL); each trial must have exactly one winner (200), every other claimer a 409
// `chore_taken`, and the row must name the winner. Baseline in the same run, on the same
// database and the same 50 connections: a naive claim (SELECT the status, then UPDATE if it was
// open, no condition on the UPDATE) — it shows the harness does see double winners when the
// write is not a single conditional statement.
//
//   npm run build, then:  node bench/scale/contention.mjs [--trials 100] [--claimers 50]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { args, header, load, pct, ms, table, checkBuild, redisReachable, benchRedisUrl, cleanRedis, createDatabase, seed, startInstance, freePort } from './lib.mjs';

const opt = args({ trials: 100, claimers: 50 });
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'village-contention-'));
header(`contention: ${opt.trials} trials × ${opt.claimers} concurrent claimers on one chore, through two instances`);
console.log(`logs: ${runDir}`);
checkBuild();
const redisUrl = benchRedisUrl();
if (!(await redisReachable(redisUrl))) throw new Error(`Redis is not reachable at ${redisUrl}`);

const database = await createDatabase();
const secret = randomBytes(33).toString('base64');
let exitCode = 0;
try {
  const data = await seed({ databaseUrl: database.url, secret, members: 4, chores: 1, out: path.join(runDir, 'seed.json') });
  const { circleId, ownerCookie, cookies } = data.contention;
  if (cookies.length < opt.claimers) throw new Error(`only ${cookies.length} claimers seeded`);
  const sql = postgres(database.url, { max: opt.claimers + 2, onnotice: () => {} });
  const ids = await sql`select u.id, u.email from users u join circle_members m on m.user_id = u.id where m.circle_id = ${circleId}`;
  const idByIndex = new Map(ids.map((r) => [Number(/^bench-c(\d+)@/.exec(r.email)[1]), r.id]));

  // ---- baseline: the naive read-then-write claim, straight on the database
  const naive = { trials: 0, oneWinner: 0, multi: 0, none: 0, winners: 0, times: [] };
  for (let t = 0; t < opt.trials; t++) {
    const [chore] = await sql`insert into chores (circle_id, title, category) values (${circleId}, ${'Naive ' + t}, 'other') returning id`;
    const t0 = performance.now();
    const results = await Promise.all(
      Array.from({ length: opt.claimers }, async (_, i) => {
        const [row] = await sql`select status from chores where id = ${chore.id}`;
        if (row.status !== 'open') return false;
        await sql`update chores set status = 'claimed', claimed_by = ${idByIndex.get(i)}, claimed_at = now() where id = ${chore.id}`;
        return true;
      }),
    );
    naive.times.push(performance.now() - t0);
    const w = results.filter(Boolean).length;
    naive.trials++;
    naive.winners += w;
    if (w === 1) naive.oneWinner++;
    else if (w > 1) naive.multi++;
    else naive.none++;
  }
  console.log(`naive read-then-write: ${naive.multi} of ${naive.trials} trials had more than one winner (load ${load()})`);

  // ---- the app: two instances, the real claim endpoint
  await cleanRedis(redisUrl);
  const env = { DATABASE_URL: database.url, REDIS_URL: redisUrl, AUTH_SECRET: secret };
  const [a, b] = await Promise.all([
    startInstance({ name: 'a', port: await freePort(), env, logDir: runDir }),
    startInstance({ name: 'b', port: await freePort(), env, logDir: runDir }),
  ]);
  const urls = [a.url, b.url];
  // Warm both instances' claim route.
  for (const url of urls) {
    const c = await (await fetch(`${url}/api/v1/circles/${circleId}/chores`, { method: 'POST', headers: { cookie: ownerCookie, 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Warm', category: 'other' }) })).json();
    await fetch(`${url}/api/v1/chores/${c.id}/claim`, { method: 'POST', headers: { cookie: cookies[1] } });
  }
  const app = { trials: 0, oneWinner: 0, multi: 0, none: 0, winners: 0, losers: 0, errors: 0, wrongRow: 0, codes: new Map(), times: [] };
  const load0 = load();
  for (let t = 0; t < opt.trials; t++) {
    const res = await fetch(`${a.url}/api/v1/circles/${circleId}/chores`, {
      method: 'POST',
      headers: { cookie: ownerCookie, 'content-type': 'application/json' },
      body: JSON.stringify({ title: `Contended ${t}`, category: 'meals' }),
    });
    const chore = await res.json();
    const t0 = performance.now();
    const results = await Promise.all(
      Array.from({ length: opt.claimers }, async (_, i) => {
        try {
          const r = await fetch(`${urls[i % 2]}/api/v1/chores/${chore.id}/claim`, { method: 'POST', headers: { cookie: cookies[i] } });
          const body = await r.json().catch(() => null);
          return { i, status: r.status, code: body?.error?.code };
        } catch (err) {
          return { i, status: 0, code: err.message };
        }
      }),
    );
    app.times.push(performance.now() - t0);
    const winners = results.filter((r) => r.status === 200);
    app.trials++;
    app.winners += winners.length;
    app.losers += results.filter((r) => r.status === 409 && r.code === 'chore_taken').length;
    for (const r of results.filter((x) => x.status !== 200 && !(x.status === 409 && x.code === 'chore_taken'))) {
      app.errors++;
      app.codes.set(`${r.status} ${r.code}`, (app.codes.get(`${r.status} ${r.code}`) ?? 0) + 1);
    }
    if (winners.length === 1) app.oneWinner++;
    else if (winners.length > 1) app.multi++;
    else app.none++;
    const [row] = await sql`select status, claimed_by from chores where id = ${chore.id}`;
    if (winners.length !== 1 || row.status !== 'claimed' || row.claimed_by !== idByIndex.get(winners[0].i)) app.wrongRow++;
  }
  await Promise.all([a.stop(), b.stop()]);
  await sql.end();

  console.log('\nResults');
  table([
    {
      claim: 'Village: POST /api/v1/chores/:id/claim (A and B)',
      trials: app.trials,
      'exactly one winner': app.oneWinner,
      'several winners': app.multi,
      'no winner': app.none,
      winners: app.winners,
      'losers (409 chore_taken)': app.losers,
      'other answers': app.errors,
      'row ≠ winner': app.wrongRow,
      'trial p50 / p99': `${ms(pct(app.times, 50))} / ${ms(pct(app.times, 99))}`,
      load: `${load0} → ${load()}`,
    },
    {
      claim: 'baseline: naive SELECT then UPDATE (SQL)',
      trials: naive.trials,
      'exactly one winner': naive.oneWinner,
      'several winners': naive.multi,
      'no winner': naive.none,
      winners: naive.winners,
      'losers (409 chore_taken)': '',
      'other answers': '',
      'row ≠ winner': '',
      'trial p50 / p99': `${ms(pct(naive.times, 50))} / ${ms(pct(naive.times, 99))}`,
      load: '',
    },
  ]);
  if (app.codes.size) console.log(`other answers: ${[...app.codes].map(([k, n]) => `${n} × ${k}`).join(', ')}`);
  const met = app.oneWinner === app.trials && app.errors === 0 && app.wrongRow === 0;
  console.log(`goal: exactly one winner in each of ${app.trials} trials, the rest 409: ${met ? 'met' : 'NOT met'}`);
  if (!met) exitCode = 1;
} finally {
  await database.drop();
  await cleanRedis(redisUrl).catch(() => {});
}
process.exit(exitCode);
