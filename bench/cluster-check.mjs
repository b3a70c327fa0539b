// Checks a running cluster (npm run start:cluster, demo family seeded): sign-in through the web
// form with the page served by one instance and the form posted to the other (same build, same
// NEXT_SERVER_ACTIONS_ENCRYPTION_KEY and AUTH_SECRET), redirects that stay on the public
// origin, and live events that cross instances both ways and through nginx.
//
//   node bench/cluster-check.mjs [--base http://127.0.0.1:3100] [--a 3101] [--b 3102]
import http from 'node:http';
import { io } from 'socket.io-client';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const base = arg('base', 'http://127.0.0.1:3100');
const ports = { a: Number(arg('a', 3101)), b: Number(arg('b', 3102)) };
const publicHost = new URL(base).host;
const PASSWORD = 'village-demo-1';
let failures = 0;
let circleId;
const check = (ok, what, detail = '') => {
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}${detail ? ` — ${detail}` : ''}`);
  if (!ok) failures++;
};

/** A request straight to one instance, with the headers nginx adds (Host, X-Forwarded-*). */
function direct(instance, method, path, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: ports[instance],
        method,
        path,
        headers: { host: publicHost, 'x-forwarded-host': publicHost, 'x-forwarded-proto': 'http', 'x-forwarded-for': '127.0.0.1', ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

const decode = (s) => s.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&#x27;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>');

// 1. Everyone is ready.
for (const [name, url] of [['nginx', base], ['a', `http://127.0.0.1:${ports.a}`], ['b', `http://127.0.0.1:${ports.b}`]]) {
  const res = await fetch(`${url}/api/ready`).catch((e) => ({ ok: false, status: e.message }));
  check(res.ok, `/api/ready via ${name}`, String(res.status));
}

// 2. The web sign-in form: page from instance a, form posted (without JavaScript) to instance b.
const page = await direct('a', 'GET', '/sign-in');
const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(page.text)?.[1] ?? '';
const fields = [...form.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"(?:[^>]*value="([^"]*)")?/g)].map((m) => [decode(m[1]), decode(m[2] ?? '')]);
check(page.status === 200 && fields.some(([n]) => n.startsWith('$ACTION')), 'sign-in page from instance a has the form', `${fields.length} hidden fields`);
const fd = new FormData();
for (const [n, v] of fields) fd.append(n, v);
fd.append('email', 'mai@example.com');
fd.append('password', PASSWORD);
const encoded = new Response(fd);
const bodyBuf = Buffer.from(await encoded.arrayBuffer());
const posted = await direct('b', 'POST', '/sign-in', {
  headers: { origin: base, 'content-type': encoded.headers.get('content-type'), 'content-length': String(bodyBuf.length), accept: 'text/html' },
  body: bodyBuf,
});
const setCookie = [].concat(posted.headers['set-cookie'] ?? []);
const session = setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('authjs.session-token='));
check(Boolean(session), 'form posted to instance b signs in (session cookie set)', `HTTP ${posted.status}`);
const location = posted.headers.location ?? '';
check(!location || location.startsWith('/') || location.startsWith(base), 'the redirect stays on the public origin', location || '(none)');
if (session) {
  const circles = await fetch(`${base}/api/v1/circles`, { headers: { cookie: session } });
  const list = await circles.json().catch(() => null);
  check(circles.status === 200, 'that session works through nginx', `GET /api/v1/circles → ${circles.status}`);
  const home = await direct('a', 'GET', '/', { headers: { cookie: session } });
  check(home.status === 200, 'and on instance a', `GET / → ${home.status}`);
  circleId = (list?.items ?? list)?.[0]?.id;
}

// 3. Live events across instances: Tuấn on a, Mai on b, Hoa through nginx.
async function apiSignIn(email) {
  const res = await fetch(`${base}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  return res.headers.get('set-cookie')?.split(';')[0];
}
const cookies = { mai: session ?? (await apiSignIn('mai@example.com')), tuan: await apiSignIn('tuan@example.com'), hoa: await apiSignIn('hoa@example.com') };
check(Boolean(cookies.tuan && cookies.hoa), 'JSON sign-in through nginx (Tuấn, Hoa)');
const connect = (url, cookie) =>
  new Promise((resolve, reject) => {
    const s = io(url, { path: '/socket.io', transports: ['websocket'], forceNew: true, extraHeaders: { cookie, origin: base } });
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
const sockets = {
  tuanOnA: await connect(`http://127.0.0.1:${ports.a}`, cookies.tuan),
  maiOnB: await connect(`http://127.0.0.1:${ports.b}`, cookies.mai),
  hoaViaNginx: await connect(base, cookies.hoa),
};
// Polling (the fallback) through nginx: the handshake and its follow-ups must reach one instance.
const polling = await new Promise((resolve) => {
  const s = io(base, { path: '/socket.io', transports: ['polling'], forceNew: true, extraHeaders: { cookie: `${cookies.hoa}; village_lb=check-${Date.now()}`, origin: base } });
  s.once('connect', () => resolve(s));
  s.once('connect_error', (e) => resolve(e));
});
check(!(polling instanceof Error), 'long-polling fallback connects through nginx (sticky)', polling instanceof Error ? polling.message : '');
const waitEvent = (socket, event, pred) =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), 3000);
    socket.on(event, function on(p) {
      if (!pred(p)) return;
      clearTimeout(timer);
      socket.off(event, on);
      resolve(p);
    });
  });
if (!circleId) {
  const res = await fetch(`${base}/api/v1/circles`, { headers: { cookie: cookies.mai } });
  const list = await res.json();
  circleId = (list?.items ?? list)?.[0]?.id;
}
const title = `Cluster check ${Date.now()}`;
const created = [waitEvent(sockets.tuanOnA, 'chore:created', (c) => c.title === title), waitEvent(sockets.hoaViaNginx, 'chore:created', (c) => c.title === title)];
const res = await direct('b', 'POST', `/api/v1/circles/${circleId}/chores`, {
  headers: { cookie: cookies.mai, 'content-type': 'application/json' },
  body: JSON.stringify({ title, category: 'meals' }),
});
const chore = JSON.parse(res.text);
const [onA, viaNginx] = await Promise.all(created);
check(res.status === 201 && Boolean(onA), 'chore created on instance b reaches Tuấn on instance a');
check(Boolean(viaNginx), '… and Hoa connected through nginx');
const claimed = waitEvent(sockets.maiOnB, 'chore:updated', (c) => c.id === chore.id && c.status === 'claimed');
const note = waitEvent(sockets.maiOnB, 'notification:created', (n) => n.kind === 'chore_claimed');
const claim = await direct('a', 'POST', `/api/v1/chores/${chore.id}/claim`, { headers: { cookie: cookies.tuan } });
check(claim.status === 200 && Boolean(await claimed), "Tuấn's claim on instance a reaches Mai on instance b");
check(Boolean(await note), '… with her notification');
for (const s of [...Object.values(sockets), polling]) s?.close?.();
console.log(failures ? `\n${failures} check(s) failed` : '\nAll checks passed.');
process.exit(failures ? 1 : 0);
