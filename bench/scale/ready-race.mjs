// A WebSocket handshake at the moment a fresh instance first answers /api/ready with 200, as a
// balancer does during a rolling restart, repeated --runs times. Before server.ts attached
// Socket.IO ahead of Next, Next's own 'upgrade' listener (added on the first request it serves)
// took such handshakes and left them unanswered: 3 runs of 4 hung (the client waits 20 s).
//
//   npm run build, then:  node bench/scale/ready-race.mjs [--runs 4] [--server server.ts]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { args, header, benchRedisUrl, cleanRedis, checkBuild, createDatabase, freePort, runTs, SERVER_ARGS, ROOT } from './lib.mjs';

const opt = args({ runs: 4, server: 'server.ts' });
header(`WebSocket handshake at first readiness, ${opt.runs} fresh starts of ${opt.server}`);
checkBuild();
const database = await createDatabase();
const redisUrl = benchRedisUrl();
let hung = 0;
try {
  await runTs('scripts/db-migrate.ts', [], { env: { DATABASE_URL: database.url } });
  for (let run = 0; run < opt.runs; run++) {
    const port = await freePort();
    const child = spawn(process.execPath, [...SERVER_ARGS.slice(0, -1), opt.server], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOSTNAME: '127.0.0.1', AUTH_SECRET: randomBytes(33).toString('base64'), DATABASE_URL: database.url, REDIS_URL: redisUrl, LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/ready`)).ok) break;
      } catch {}
      await new Promise((r) => setTimeout(r, 2));
    }
    const t = Date.now();
    const result = await new Promise((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket`, { headers: { origin: `http://127.0.0.1:${port}` } });
      ws.on('open', () => {
        resolve(`open after ${Date.now() - t} ms`);
        ws.close();
      });
      ws.on('unexpected-response', (_req, res) => resolve(`HTTP ${res.statusCode} after ${Date.now() - t} ms`));
      ws.on('error', (e) => resolve(`error: ${e.message}`));
      setTimeout(() => resolve('HUNG: no answer after 3000 ms'), 3000);
    });
    if (result.startsWith('HUNG')) hung++;
    console.log(`start ${run + 1}: ${result}`);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
  }
} finally {
  await database.drop();
  await cleanRedis(redisUrl).catch(() => {});
}
console.log(hung ? `${hung} of ${opt.runs} handshakes hung` : `all ${opt.runs} handshakes answered`);
process.exit(hung ? 1 : 0);
