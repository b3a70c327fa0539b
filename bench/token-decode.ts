// Opening a session token: Auth.js's decode (jose on WebCrypto, key derived each time) against
// lib/auth/token-decrypt.ts (Node's synchronous crypto, key derived once). Same token, same
// process, one after the other.
//
//   npx tsx bench/token-decode.ts [--n 3000]
import os from 'node:os';
import { decode, encode } from 'next-auth/jwt';
import { decryptSessionToken } from '../lib/auth/token-decrypt';

const i = process.argv.indexOf('--n');
const n = i > 0 ? Number(process.argv[i + 1]) : 3000;
const secret = 'bench-secret-bench-secret-bench-secret-0123';
const salt = 'authjs.session-token';
const token = await encode({ salt, secret, maxAge: 3600, token: { sub: '7f0c4a7e-6a55-4c43-9a57-1a0c6c1b7a11', email: 'a@b.vn', name: 'Lan', sv: 1 } });

async function time(label: string, fn: () => unknown) {
  for (let k = 0; k < Math.min(300, n); k++) await fn();
  const t0 = performance.now();
  for (let k = 0; k < n; k++) await fn();
  const us = ((performance.now() - t0) * 1000) / n;
  console.log(`${label.padEnd(44)} ${us.toFixed(1).padStart(8)} µs per token`);
  return us;
}

console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}; load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; n = ${n}`);
const slow = await time('Auth.js decode (jose, WebCrypto)', () => decode({ token, secret, salt }));
const fast = await time('decryptSessionToken (node:crypto)', () => decryptSessionToken(token, secret, salt));
if (JSON.stringify(decryptSessionToken(token, secret, salt)) !== JSON.stringify(await decode({ token, secret, salt }))) throw new Error('the two disagree');
console.log(`${(slow / fast).toFixed(1)}× less CPU per token`);
