// Claim-to-seen latency: from sending POST /api/v1/chores/{id}/claim to every other member of
// the circle receiving `chore:updated` over Socket.IO, against a running Village server.
//
//   RATE_LIMITS=off npm start            (or npm run dev) in one terminal, then
//   node bench/claim-latency.mjs [--base http://127.0.0.1:3000] [--claims 200] [--members 4]
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { io } from 'socket.io-client';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const base = arg('base', 'http://127.0.0.1:3000');
const claims = Number(arg('claims', 200));
const membersCount = Number(arg('members', 4));
const run = Date.now().toString(36);

async function api(method, path, { cookie, body } = {}) {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  const json = text ? JSON.parse(text) : null;
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
  return { json, res };
}

async function signIn(email, password) {
  const { res } = await api('POST', '/api/v1/session', { body: { email, password } });
  return res.headers.get('set-cookie').split(';')[0];
}

const password = 'bench-password-1';
const mother = { email: `bench-mother-${run}@example.com`, name: 'Bench mother' };
await api('POST', '/api/v1/register', { body: { ...mother, password } });
const motherCookie = await signIn(mother.email, password);
const { json: circle } = await api('POST', '/api/v1/circles', { cookie: motherCookie, body: { name: `Bench ${run}` } });
const cookies = [motherCookie];
for (let i = 1; i < membersCount; i++) {
  const { json: inv } = await api('POST', `/api/v1/circles/${circle.id}/invitations`, { cookie: motherCookie, body: { relationship: 'other' } });
  const email = `bench-member-${i}-${run}@example.com`;
  await api('POST', '/api/v1/register', { body: { email, password, name: `Member ${i}`, invitationCode: inv.code } });
  cookies.push(await signIn(email, password));
}

const sockets = await Promise.all(
  cookies.map(
    (cookie) =>
      new Promise((resolve, reject) => {
        const s = io(base, { path: '/socket.io', transports: ['websocket'], extraHeaders: { cookie, origin: new URL(base).origin } });
        s.once('connect', () => resolve(s));
        s.once('connect_error', reject);
      }),
  ),
);

const claimer = 1 % membersCount;
const latencies = [];
const httpTimes = [];
let lost = 0;
for (let n = 0; n < claims; n++) {
  const { json: chore } = await api('POST', `/api/v1/circles/${circle.id}/chores`, {
    cookie: motherCookie,
    body: { title: `Bench chore ${n}`, category: 'other' },
  });
  const watchers = sockets.filter((_, i) => i !== claimer);
  const t0 = performance.now();
  const seen = watchers.map(
    (s) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => {
          s.off('chore:updated', on);
          resolve(null);
        }, 5000);
        function on(c) {
          if (c.id === chore.id && c.status === 'claimed') {
            clearTimeout(timer);
            s.off('chore:updated', on);
            resolve(performance.now() - t0);
          }
        }
        s.on('chore:updated', on);
      }),
  );
  await api('POST', `/api/v1/chores/${chore.id}/claim`, { cookie: cookies[claimer] });
  httpTimes.push(performance.now() - t0);
  for (const v of await Promise.all(seen)) {
    if (v === null) lost++;
    else latencies.push(v);
  }
}
for (const s of sockets) s.close();

const pct = (arr, p) => {
  const sorted = [...arr].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const f = (x) => `${x.toFixed(1)} ms`;
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0].model}, Node ${process.version}; server ${base}`);
console.log(`${claims} claims, circle of ${membersCount}, ${latencies.length} deliveries, ${lost} lost`);
console.log(`claim → seen by every other member: p50 ${f(pct(latencies, 50))}, p95 ${f(pct(latencies, 95))}, p99 ${f(pct(latencies, 99))}, max ${f(Math.max(...latencies))}`);
console.log(`claim HTTP round trip:              p50 ${f(pct(httpTimes, 50))}, p95 ${f(pct(httpTimes, 95))}, p99 ${f(pct(httpTimes, 99))}`);
process.exit(lost ? 1 : 0);
