// Lighthouse (mobile preset: a mid-range phone on a slow 4G link, simulated) on Village's main
// pages, against the production build served by server.ts on a free port with a fresh PGlite
// and the demo family. Signed-in pages carry Mai's session cookie as an extra header.
//
//   npm run build && npm run audit:pages            # every page, one run each
//   AUDIT_RUNS=3 npm run audit:pages                 # median of three runs per page
//   npm run audit:pages -- /sign-in /circles         # only these (":circle" = her circle)
//
// Exits 1 when a page is below performance 90, accessibility 95 or best practices 95.
// Full reports go to $AUDIT_OUT (default: a temporary folder, printed at the end).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium } from './chromium.mjs';
import { startProductionServer } from './prod-server.mjs';

const THRESHOLDS = { performance: 90, accessibility: 95, 'best-practices': 95 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const RUNS = Math.max(1, Number(process.env.AUDIT_RUNS ?? 1));
const DEMO_EMAIL = 'mai@example.com';
const DEMO_PASSWORD = 'village-demo-1';

// [label, path, signed in?]; ":circle" becomes Mai's first circle.
const PAGES = [
  ['landing', '/', false],
  ['sign in', '/sign-in', false],
  ['home', '/', true],
  ['circle', '/circles/:circle', true],
  ['chore board', '/circles/:circle/chores', true],
  ['this week', '/circles/:circle/week', true],
  ['encouragement', '/circles/:circle/encouragement', true],
  ['notifications', '/notifications', true],
  ['check-ins', '/checkins', true],
  ['guides', '/guides', true],
  ['peer groups', '/groups', true],
  ['expert questions', '/questions', true],
];

const chromePath = process.env.CHROME_PATH || findChromium();
if (!chromePath) {
  console.error('No Chromium found: install it (apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}
if (!fs.existsSync('.next/BUILD_ID')) {
  console.log('No production build yet: running `next build` ...');
  const b = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'village-audit-'));
const outDir = process.env.AUDIT_OUT || path.join(tmpDir, 'reports');
fs.mkdirSync(outDir, { recursive: true });

// Started below and stopped in the finally block; its database lives in tmpDir.
let server;
let base;

async function signIn() {
  const res = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_EMAIL, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`Signing in as ${DEMO_EMAIL}: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const circles = await (await fetch(`${base}/api/v1/circles`, { headers: { cookie } })).json();
  const list = circles.items ?? [];
  if (!list[0]?.id) throw new Error(`Mai has no circle: ${JSON.stringify(circles).slice(0, 200)}`);
  return { cookie, circleId: list[0].id };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function audit(chrome, url, headers) {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
  let lhr;
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, extraHeaders: headers });
    lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    for (const c of CATEGORIES) scores[c].push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
  }
  return { scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c])])), lhr };
}

/** The audits that cost points, so a failing row says what to fix. */
function failing(lhr) {
  const out = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 0.9) out.push(`${c}: ${a.id} (${a.displayValue ?? Math.round(a.score * 100)})`);
    }
  }
  return out;
}

let status = 1;
let chrome;
try {
  server = await startProductionServer({ PGLITE_DIR: path.join(tmpDir, 'pglite'), DATABASE_URL: '', DEMO: '1' });
  base = server.base;
  const { cookie, circleId } = await signIn();
  chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });

  const only = process.argv.slice(2);
  const rows = [];
  for (const [label, pattern, signedIn] of PAGES) {
    if (only.length && !only.includes(pattern)) continue;
    const urlPath = pattern.replace(':circle', circleId);
    const headers = signedIn ? { Cookie: cookie } : {};
    const probe = await fetch(base + urlPath, { headers, redirect: 'manual' });
    if (probe.status === 404) {
      console.log(`skipped ${urlPath} (${label}): 404, not built yet`);
      continue;
    }
    process.stdout.write(`auditing ${label} ${urlPath}${signedIn ? ' (signed in)' : ''} ... `);
    const { scores, lhr } = await audit(chrome, base + urlPath, headers);
    const file = path.join(outDir, `${label.replace(/\W+/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify(lhr));
    const below = Object.entries(THRESHOLDS).filter(([c, min]) => scores[c] < min);
    console.log(below.length ? `below: ${below.map(([c]) => c).join(', ')}` : 'ok');
    if (below.length) for (const f of failing(lhr)) console.log(`    ${f}`);
    rows.push({ label, path: pattern, signedIn, scores, below: below.length > 0 });
  }

  const pad = (s, n) => String(s).padEnd(n);
  console.log(`\nLighthouse ${lighthouse.version ?? '12'}, mobile preset, ${RUNS} run(s) per page (median)\n`);
  console.log(`| ${pad('page', 14)} | ${pad('path', 31)} | perf | a11y | best practices | SEO |`);
  console.log(`| ${'-'.repeat(14)} | ${'-'.repeat(31)} | ---- | ---- | -------------- | --- |`);
  for (const r of rows) {
    const s = r.scores;
    console.log(
      `| ${pad(r.label, 14)} | ${pad(r.path + (r.signedIn ? ' (in)' : ''), 31)} | ${pad(s.performance, 4)} | ${pad(s.accessibility, 4)} | ${pad(s['best-practices'], 14)} | ${pad(s.seo, 3)} |${r.below ? ' ✗' : ''}`,
    );
  }
  console.log(`\nReports: ${outDir}`);
  const bad = rows.filter((r) => r.below);
  if (bad.length) console.error(`\n${bad.length} page(s) below performance ${THRESHOLDS.performance} / accessibility ${THRESHOLDS.accessibility} / best practices ${THRESHOLDS['best-practices']}.`);
  status = bad.length || rows.length === 0 ? 1 : 0;
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
} finally {
  await chrome?.kill();
  await server?.stop();
  if (!process.env.AUDIT_OUT) {
    // Keep the reports (they are small) but not the database.
    fs.rmSync(path.join(tmpDir, 'pglite'), { recursive: true, force: true });
  }
}
process.exit(status);
