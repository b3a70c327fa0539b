/**
 * The session token opened with Node's crypto (lib/auth/token-decrypt.ts) says exactly what
 * Auth.js says of the same token: the same claims when it is good, a refusal when it is not.
 */
import { describe, expect, it } from 'vitest';
import { decode, encode } from 'next-auth/jwt';
import { decryptSessionToken } from '@/lib/auth/token-decrypt';

const secret = 'a-test-secret-that-is-long-enough-for-auth-js-0123456789';
const salt = 'authjs.session-token';
const claims = { sub: '7f0c4a7e-6a55-4c43-9a57-1a0c6c1b7a11', email: 'lan@example.vn', name: 'Lan', sv: 3 };

async function authjs(token: string, s = secret) {
  try {
    return await decode({ token, secret: s, salt });
  } catch {
    return null;
  }
}

/** Changes one base64url character of part `index` of the token. */
function alter(token: string, index: number): string {
  const parts = token.split('.');
  const p = parts[index];
  const i = Math.floor(p.length / 2);
  parts[index] = p.slice(0, i) + (p[i] === 'A' ? 'B' : 'A') + p.slice(i + 1);
  return parts.join('.');
}

describe('opening a session token without WebCrypto', () => {
  it('gives the same claims as Auth.js for a token it issued', async () => {
    const token = await encode({ token: claims, secret, salt, maxAge: 3600 });
    const fast = decryptSessionToken(token, secret, salt);
    expect(fast).toEqual(await authjs(token));
    expect(fast).toMatchObject(claims);
    expect(typeof fast?.exp).toBe('number');
  });

  it('refuses an altered header, IV, ciphertext or tag, and a wrong secret or cookie name, as Auth.js does', async () => {
    const token = await encode({ token: claims, secret, salt, maxAge: 3600 });
    for (const part of [0, 2, 3, 4]) {
      const bad = alter(token, part);
      const fast = decryptSessionToken(bad, secret, salt);
      // An altered header may no longer be one this handles (undefined: Auth.js is asked instead).
      expect(fast === null || fast === undefined).toBe(true);
      expect(await authjs(bad)).toBeNull();
    }
    expect(decryptSessionToken(token, `${secret}x`, salt)).toBeNull();
    expect(decryptSessionToken(token, secret, '__Secure-authjs.session-token')).toBeNull();
    expect(await authjs(token, `${secret}x`)).toBeNull();
  });

  it('refuses an expired token from 15 s past its expiry, and accepts it until then', async () => {
    const token = await encode({ token: claims, secret, salt, maxAge: 60 });
    const exp = decryptSessionToken(token, secret, salt)!.exp as number;
    expect(decryptSessionToken(token, secret, salt, exp + 14)).not.toBeNull();
    expect(decryptSessionToken(token, secret, salt, exp + 15)).toBeNull();
    const old = await encode({ token: claims, secret, salt, maxAge: -60 });
    expect(decryptSessionToken(old, secret, salt)).toBeNull();
    expect(await authjs(old)).toBeNull();
  });

  it('leaves anything that is not a dir / A256CBC-HS512 token to Auth.js', () => {
    const header = Buffer.from(JSON.stringify({ alg: 'dir', enc: 'A256GCM' })).toString('base64url');
    expect(decryptSessionToken(`${header}..aaaa.bbbb.cccc`, secret, salt)).toBeUndefined();
    expect(decryptSessionToken('not-a-token', secret, salt)).toBeUndefined();
    expect(decryptSessionToken('a.b.c', secret, salt)).toBeUndefined();
  });
});
