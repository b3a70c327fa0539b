import { createDecipheriv, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * Opens an Auth.js session token (a JWE: `dir` key agreement, A256CBC-HS512 content encryption,
 * RFC 7516 and RFC 7518 §5.2) with Node's synchronous crypto, and the key derived once per secret.
 *
 * Auth.js opens it with jose on WebCrypto: about 0.4–1 ms of CPU per token on this machine, most
 * of it in the asynchronous AES-CBC call. A restarting instance hands a thousand sockets to the
 * next one, which must open a thousand cookies it has never seen (docs/PERFORMANCE.md).
 *
 * Returns the claims; `null` when the token is not valid (wrong key, altered, expired — Auth.js
 * would refuse it too); `undefined` when it is not of the one shape this handles, and the caller
 * asks Auth.js.
 */

/** As Auth.js asks jose: a token counts as unexpired until 15 s past its `exp`. */
const CLOCK_TOLERANCE_S = 15;

const keys = new Map<string, Buffer>();

/** The 64-byte key Auth.js derives from the secret for this cookie name (its `salt`). */
function derivedKey(secret: string, salt: string): Buffer {
  const id = `${salt}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, salt, `Auth.js Generated Encryption Key (${salt})`, 64));
    if (keys.size > 16) keys.clear();
    keys.set(id, key);
  }
  return key;
}

function jsonOf(buf: Buffer): Record<string, unknown> | null {
  try {
    const value = JSON.parse(buf.toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

export function decryptSessionToken(token: string, secret: string, salt: string, nowSeconds = Math.floor(Date.now() / 1000)): Record<string, unknown> | null | undefined {
  const parts = token.split('.');
  if (parts.length !== 5) return undefined;
  const [protectedHeader, encryptedKey, ivText, cipherText, tagText] = parts;
  const header = jsonOf(Buffer.from(protectedHeader, 'base64url'));
  if (!header || header.alg !== 'dir' || header.enc !== 'A256CBC-HS512' || 'zip' in header || 'crit' in header || encryptedKey !== '') return undefined;

  const key = derivedKey(secret, salt);
  const iv = Buffer.from(ivText, 'base64url');
  const ciphertext = Buffer.from(cipherText, 'base64url');
  const tag = Buffer.from(tagText, 'base64url');
  if (iv.length !== 16 || tag.length !== 32 || ciphertext.length === 0 || ciphertext.length % 16 !== 0) return null;

  // Authentication tag: HMAC-SHA-512 over AAD ‖ IV ‖ ciphertext ‖ AAD length in bits (64-bit
  // big-endian), first 32 bytes, with the first half of the key. Checked before decrypting.
  const aad = Buffer.from(protectedHeader, 'ascii');
  const aadBits = Buffer.alloc(8);
  aadBits.writeBigUInt64BE(BigInt(aad.length) * 8n);
  const expected = createHmac('sha512', key.subarray(0, 32)).update(aad).update(iv).update(ciphertext).update(aadBits).digest().subarray(0, 32);
  if (!timingSafeEqual(expected, tag)) return null;

  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-cbc', key.subarray(32, 64), iv);
    plain = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    return null;
  }
  const claims = jsonOf(plain);
  if (!claims) return null;
  // The checks jose makes of a JWT's times.
  if ('exp' in claims && (typeof claims.exp !== 'number' || claims.exp <= nowSeconds - CLOCK_TOLERANCE_S)) return null;
  if ('nbf' in claims && (typeof claims.nbf !== 'number' || claims.nbf > nowSeconds + CLOCK_TOLERANCE_S)) return null;
  if ('iat' in claims && typeof claims.iat !== 'number') return null;
  return claims;
}
