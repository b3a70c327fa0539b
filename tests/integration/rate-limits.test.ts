import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { POST as register } from '@/app/api/v1/register/route';
import { POST as signIn } from '@/app/api/v1/session/route';
import { POST as createInvitation } from '@/app/api/v1/circles/[id]/invitations/route';
import { setDatabase } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { resetEnv } from '@/lib/env';
import { call, makeUser } from '../helpers/api';
import { createCircle } from '../helpers/circles';
import { setupTestDatabase } from '../helpers/db';

const t = setupTestDatabase({ beforeAll, afterAll, beforeEach });

const LIMIT_VARS = ['RATE_LIMIT_SIGNIN_EMAIL', 'RATE_LIMIT_SIGNIN_IP', 'RATE_LIMIT_SIGNUP_IP', 'RATE_LIMIT_INVITES_USER'] as const;

function setLimits(limits: Partial<Record<(typeof LIMIT_VARS)[number], string>>) {
  process.env.RATE_LIMITS = 'on';
  for (const name of LIMIT_VARS) process.env[name] = limits[name] ?? '1000/1h';
  resetEnv();
}

afterEach(() => {
  process.env.RATE_LIMITS = 'off';
  for (const name of LIMIT_VARS) delete process.env[name];
  resetEnv();
});

const signInAs = (email: string, password: string, ip = '10.0.0.1') =>
  call(signIn, 'POST', '/api/v1/session', { body: { email, password }, ip });

function expectLimited(res: { status: number; body: { error: { code: string; message: string } }; headers: Headers }, message: RegExp) {
  expect(res.status).toBe(429);
  expect(res.body.error.code).toBe('rate_limited');
  expect(res.body.error.message).toMatch(message);
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  return retryAfter;
}

describe('sign-in limits', () => {
  it('after 3 bad sign-ins for one e-mail, the 4th is refused even with the right password', async () => {
    setLimits({ RATE_LIMIT_SIGNIN_EMAIL: '3/15m' });
    const mai = await makeUser({ name: 'Mai' });
    for (let i = 0; i < 3; i++) expect((await signInAs(mai.email, 'wrong-password', `10.0.1.${i}`)).status).toBe(401);
    const res = await signInAs(mai.email, mai.password, '10.0.2.1');
    const retryAfter = expectLimited(res, /Too many sign-in attempts.*wait \d+ minutes/);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(res.headers.get('set-cookie')).toBeNull();
    // Someone else, from the same network, is not affected.
    const lan = await makeUser({ name: 'Lan' });
    expect((await signInAs(lan.email, lan.password, '10.0.1.0')).status).toBe(200);
    // The e-mail counts whatever its case.
    expect((await signInAs(mai.email.toUpperCase(), mai.password, '10.0.2.2')).status).toBe(429);
  });

  it('a successful sign-in clears the e-mail counter', async () => {
    setLimits({ RATE_LIMIT_SIGNIN_EMAIL: '3/15m' });
    const mai = await makeUser();
    for (let i = 0; i < 2; i++) expect((await signInAs(mai.email, 'wrong-password')).status).toBe(401);
    expect((await signInAs(mai.email, mai.password)).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await signInAs(mai.email, 'wrong-password')).status).toBe(401);
    expect((await signInAs(mai.email, mai.password)).status).toBe(200);
  });

  it('limits bad sign-ins per IP across different e-mails', async () => {
    setLimits({ RATE_LIMIT_SIGNIN_IP: '3/15m' });
    const mai = await makeUser();
    for (let i = 0; i < 3; i++) expect((await signInAs(`guess${i}@example.com`, 'wrong-password', '203.0.113.7')).status).toBe(401);
    expectLimited(await signInAs(mai.email, mai.password, '203.0.113.7'), /Too many sign-in attempts/);
    // Another network is fine.
    expect((await signInAs(mai.email, mai.password, '198.51.100.1')).status).toBe(200);
  });
});

describe('parallel guessing', () => {
  it('10 wrong passwords sent at once: only 3 are even checked', async () => {
    setLimits({ RATE_LIMIT_SIGNIN_EMAIL: '3/15m' });
    const mai = await makeUser();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => signInAs(mai.email, `guess-${i}`, `10.0.3.${i}`)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
    expect((await signInAs(mai.email, mai.password)).status).toBe(429);
  });

  it('per IP as well', async () => {
    setLimits({ RATE_LIMIT_SIGNIN_IP: '3/15m' });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => signInAs(`guess${i}@example.com`, 'wrong-password', '203.0.113.50')));
    expect(results.filter((r) => r.status === 401)).toHaveLength(3);
    expect(results.filter((r) => r.status === 429)).toHaveLength(7);
  });
});

describe('sign-up limit', () => {
  it('refuses the 4th account from one IP', async () => {
    setLimits({ RATE_LIMIT_SIGNUP_IP: '3/1h' });
    const body = (i: number) => ({ email: `new${i}@example.com`, password: 'long-enough-pw', name: `New ${i}` });
    for (let i = 0; i < 3; i++) expect((await call(register, 'POST', '/api/v1/register', { body: body(i), ip: '203.0.113.9' })).status).toBe(201);
    const res = await call(register, 'POST', '/api/v1/register', { body: body(3), ip: '203.0.113.9' });
    expectLimited(res, /Too many accounts/);
    expect((await call(register, 'POST', '/api/v1/register', { body: body(4), ip: '198.51.100.2' })).status).toBe(201);
  });
});

describe('invitation limit', () => {
  it('refuses the 4th invitation in the window', async () => {
    setLimits({ RATE_LIMIT_INVITES_USER: '3/1h' });
    const mai = await makeUser();
    const circle = await createCircle(mai);
    const create = () =>
      call(createInvitation, 'POST', `/api/v1/circles/${circle.id}/invitations`, {
        cookie: mai.cookie,
        body: { relationship: 'friend' },
        params: { id: circle.id },
      });
    for (let i = 0; i < 3; i++) expect((await create()).status).toBe(201);
    expectLimited(await create(), /many invitations/);
  });
});

describe('RATE_LIMITS=off', () => {
  it('limits nothing', async () => {
    process.env.RATE_LIMITS = 'off';
    for (const name of LIMIT_VARS) process.env[name] = '1/1h';
    resetEnv();
    const mai = await makeUser();
    for (let i = 0; i < 4; i++) expect((await signInAs(mai.email, 'wrong-password')).status).toBe(401);
    expect((await signInAs(mai.email, mai.password)).status).toBe(200);
    for (let i = 0; i < 3; i++) {
      const res = await call(register, 'POST', '/api/v1/register', { body: { email: `n${i}@example.com`, password: 'long-enough-pw', name: 'N' } });
      expect(res.status).toBe(201);
    }
    const circle = await createCircle(mai);
    for (let i = 0; i < 3; i++) {
      const res = await call(createInvitation, 'POST', `/api/v1/circles/${circle.id}/invitations`, {
        cookie: mai.cookie,
        body: { relationship: 'friend' },
        params: { id: circle.id },
      });
      expect(res.status).toBe(201);
    }
    expect(await t.current.database.db.select().from(rateLimits)).toEqual([]);
  });
});

describe('counters live in the database', () => {
  it('a second instance sees the same count', async () => {
    setLimits({ RATE_LIMIT_SIGNIN_EMAIL: '3/15m' });
    const mai = await makeUser();
    const first = t.current.database;
    const second = await t.current.openSecondConnection();
    try {
      expect((await signInAs(mai.email, 'wrong-password')).status).toBe(401);
      expect((await signInAs(mai.email, 'wrong-password')).status).toBe(401);
      // The other instance (its own connection pool, when on PostgreSQL) counts on.
      if (second) setDatabase(second);
      expect((await signInAs(mai.email, 'wrong-password')).status).toBe(401);
      const rows = await (second ?? first).db
        .select()
        .from(rateLimits)
        .where(sql`${rateLimits.key} = ${`RATE_LIMIT_SIGNIN_EMAIL:${mai.email}`}`);
      expect(rows).toHaveLength(1);
      expect(rows[0].count).toBe(3);
      expect((await signInAs(mai.email, mai.password)).status).toBe(429);
      setDatabase(first);
      expect((await signInAs(mai.email, mai.password)).status).toBe(429);
    } finally {
      setDatabase(first);
    }
  });
});
