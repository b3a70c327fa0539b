import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv, parseLimit } from '@/lib/env';

const SECRET = 'x'.repeat(40);

function parseError(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (err) {
    expect(err).toBeInstanceOf(EnvError);
    return (err as Error).message;
  }
  throw new Error('expected parseEnv to throw');
}

describe('parseEnv', () => {
  it('fills in defaults for an empty environment', () => {
    const env = parseEnv({});
    expect(env.NODE_ENV).toBe('development');
    expect(env.PORT).toBe(3000);
    expect(env.HOSTNAME).toBe('localhost');
    expect(env.PGLITE_DIR).toBe('.data/pglite');
    expect(env.RATE_LIMITS).toBe('on');
    expect(env.RATE_LIMIT_SIGNIN_EMAIL).toBe('10/15m');
    expect(env.RATE_LIMIT_SIGNIN_IP).toBe('50/15m');
    expect(env.RATE_LIMIT_SIGNUP_IP).toBe('20/1h');
    expect(env.RATE_LIMIT_INVITES_USER).toBe('30/1h');
    expect(env.DEMO).toBe(false);
    expect(env.TRUST_PROXY).toBe(false);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.AUTH_SECRET).toBeUndefined();
  });

  it('reads given values', () => {
    const env = parseEnv({ PORT: '8080', DEMO: '1', TRUST_PROXY: 'true', RATE_LIMITS: 'off', DATABASE_URL: 'postgresql://u@h/db' });
    expect(env.PORT).toBe(8080);
    expect(env.DEMO).toBe(true);
    expect(env.TRUST_PROXY).toBe(true);
    expect(env.RATE_LIMITS).toBe('off');
    expect(env.DATABASE_URL).toBe('postgresql://u@h/db');
  });

  it('names each bad variable in the message', () => {
    const message = parseError({ PORT: 'eighty', DATABASE_URL: 'mysql://x', RATE_LIMITS: 'maybe', REDIS_URL: 'http://r' });
    expect(message).toMatch(/Invalid environment/);
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/DATABASE_URL: must start with postgres:\/\//);
    expect(message).toMatch(/RATE_LIMITS/);
    expect(message).toMatch(/REDIS_URL/);
  });

  it('rejects a port out of range', () => {
    expect(parseError({ PORT: '70000' })).toMatch(/PORT/);
  });

  it('requires AUTH_SECRET in production', () => {
    expect(parseError({ NODE_ENV: 'production' })).toMatch(/AUTH_SECRET: is required in production/);
    expect(parseEnv({ NODE_ENV: 'production', AUTH_SECRET: SECRET }).AUTH_SECRET).toBe(SECRET);
  });

  it('counts an empty AUTH_SECRET= as missing', () => {
    expect(parseError({ NODE_ENV: 'production', AUTH_SECRET: '' })).toMatch(/AUTH_SECRET: is required in production/);
    expect(parseEnv({ AUTH_SECRET: '' }).AUTH_SECRET).toBeUndefined();
  });

  it('refuses a short AUTH_SECRET', () => {
    expect(parseError({ AUTH_SECRET: 'short' })).toMatch(/AUTH_SECRET: must be at least 32 characters/);
  });

  it('checks the rate limit format', () => {
    expect(parseEnv({ RATE_LIMIT_SIGNIN_EMAIL: '3/15m' }).RATE_LIMIT_SIGNIN_EMAIL).toBe('3/15m');
    for (const bad of ['3', '3/15', 'three/15m', '3/15w', '3 / 15m', '-1/1h']) {
      expect(parseError({ RATE_LIMIT_SIGNIN_EMAIL: bad })).toMatch(/RATE_LIMIT_SIGNIN_EMAIL: expected "<count>\/<window>"/);
    }
  });
});

describe('parseLimit', () => {
  it('turns "count/window" into a count and milliseconds', () => {
    expect(parseLimit('10/15m')).toEqual({ max: 10, windowMs: 15 * 60_000 });
    expect(parseLimit('3/30s')).toEqual({ max: 3, windowMs: 30_000 });
    expect(parseLimit('20/1h')).toEqual({ max: 20, windowMs: 3_600_000 });
    expect(parseLimit('5/2d')).toEqual({ max: 5, windowMs: 2 * 86_400_000 });
  });
});
