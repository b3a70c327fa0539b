// Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by package.
//
//   node bench/scale/profile-top.mjs <file.cpuprofile> [--top 25]
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

function where(url) {
  if (!url) return '(native)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.startsWith('node:')) return 'node core';
  if (url.includes('/.next/')) return 'app (.next bundle)';
  return 'app';
}

export function summariseProfile(file, top = 25) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fns = new Map();
  const pkgs = new Map();
  for (const [id, us] of self) {
    const { callFrame: f } = byId.get(id);
    const name = f.functionName || '(anonymous)';
    const short = f.url ? f.url.replace(/^file:\/\//, '').replace(/.*node_modules\//, '').replace(/.*\/\.next\//, '.next/') : '';
    const key = ['(idle)', '(program)', '(garbage collector)'].includes(name) ? name : `${name} ${short}:${f.lineNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
    const pkg = ['(idle)', '(program)', '(garbage collector)'].includes(name) ? name : where(f.url);
    pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + us);
  }
  const busy = total - (fns.get('(idle)') ?? 0);
  const fmt = (us) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((us / busy) * 100).toFixed(1).padStart(5)}%`;
  console.log(`profile: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (percentages of busy time)`);
  console.log('self time by package:');
  for (const [k, v] of [...pkgs].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${fmt(v)}  ${k}`);
  console.log(`top ${top} functions by self time:`);
  for (const [k, v] of [...fns].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${fmt(v)}  ${k}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--top');
  summariseProfile(process.argv[2], i > 0 ? Number(process.argv[i + 1]) : 25);
}
