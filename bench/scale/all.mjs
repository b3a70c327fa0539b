// npm run bench — the scale benchmarks of issue 7, one after another, each in its own process
// (fresh database, its own instances, its own baseline): fan-out, memory, HTTP, contention,
// reconnect storm. Needs a production build (`npm run build`), PostgreSQL where it may create
// databases (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres), Redis
// (BENCH_REDIS_URL, database index BENCH_REDIS_DB=9), and nginx for the storm.
//
//   npm run bench                        # all of them (about 15 minutes on 2 cores)
//   npm run bench -- fanout http         # some of them
//   BENCH_QUIET_LOAD=1.5 npm run bench   # before each, wait (up to BENCH_QUIET_WAIT_S, default
//                                        # 1200) for the 1-minute load average to fall below 1.5
// Extra options go to every script after `--`: npm run bench -- fanout -- --members 1000
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const all = ['fanout', 'memory', 'http', 'contention', 'storm'];
const sep = process.argv.indexOf('--');
const names = (sep > 0 ? process.argv.slice(2, sep) : process.argv.slice(2)).filter((n) => all.includes(n));
const extra = sep > 0 ? process.argv.slice(sep + 1) : [];
const quiet = Number(process.env.BENCH_QUIET_LOAD || 0);
const quietWait = Number(process.env.BENCH_QUIET_WAIT_S || 1200) * 1000;

async function waitQuiet() {
  if (!quiet) return;
  const until = Date.now() + quietWait;
  while (os.loadavg()[0] >= quiet && Date.now() < until) {
    process.stdout.write(`\rwaiting for load < ${quiet} (now ${os.loadavg()[0].toFixed(2)})…   `);
    await new Promise((r) => setTimeout(r, 10_000));
  }
  console.log(os.loadavg()[0] < quiet ? `\nload ${os.loadavg()[0].toFixed(2)}: go` : `\nthe load stayed at ${os.loadavg()[0].toFixed(2)}: running anyway (figures will be noisy)`);
}

const outcome = [];
for (const name of names.length ? names : all) {
  await waitQuiet();
  const started = Date.now();
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(dir, `${name}.mjs`), ...extra], { stdio: 'inherit' });
    child.once('exit', (c) => resolve(c ?? 1));
  });
  outcome.push(`${name}: ${code === 0 ? 'goals met' : code === 1 ? 'goal(s) not met or failed' : `exit ${code}`} (${Math.round((Date.now() - started) / 1000)} s)`);
}
console.log(`\n=== summary ===\n${outcome.join('\n')}`);
process.exit(outcome.every((o) => o.includes('goals met')) ? 0 : 1);
