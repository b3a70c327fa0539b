import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { GET as health } from '@/app/api/health/route';
import { GET as ready } from '@/app/api/ready/route';
import { POST as register } from '@/app/api/v1/register/route';
import { DELETE as signOut, POST as signIn } from '@/app/api/v1/session/route';
import { DELETE as deleteMe, GET as getMe, PATCH as patchMe } from '@/app/api/v1/me/route';
import { POST as signOutEverywhere } from '@/app/api/v1/me/sign-out-everywhere/route';
import { GET as getCircle } from '@/app/api/v1/circles/[id]/route';
import { GET as listCircles } from '@/app/api/v1/circles/route';
import { circles, users } from '@/db/schema';
import { resetEnv } from '@/lib/env';
import { call, makeUser } from '../helpers/api';
import { accept, createCircle, invite } from '../helpers/circles';
import { setupTestDatabase } from '../helpers/db';

const t = setupTestDatabase({ beforeAll, afterAll, beforeEach });

beforeAll(() => {
  process.env.RATE_LIMITS = 'off';
  resetEnv();
});

const PASSWORD = 'a-long-enough-password';

function registerBody(overrides: Record<string, unknown> = {}) {
  return { email: 'Mai.Nguyen@Example.COM', password: PASSWORD, name: 'Mai', ...overrides };
}

/** The cookie pair from a Set-Cookie header, as a browser would send it back. */
function cookieFrom(headers: Headers): string {
  const setCookie = headers.get('set-cookie');
  expect(setCookie).toBeTruthy();
  return setCookie!.split(';')[0];
}

describe('registration', () => {
  it('creates a mother with a lowercased e-mail and no password hash in the body', async () => {
    const res = await call(register, 'POST', '/api/v1/register', { body: registerBody({ locale: 'en' }) });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'mai.nguyen@example.com', name: 'Mai', role: 'mother', locale: 'en', circleId: null });
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/password/i);
    expect(text).not.toContain('$argon2');
    const [row] = await t.current.database.db.select().from(users).where(eq(users.id, res.body.id));
    expect(row.email).toBe('mai.nguyen@example.com');
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses an e-mail already taken, whatever its case', async () => {
    expect((await call(register, 'POST', '/api/v1/register', { body: registerBody() })).status).toBe(201);
    const again = await call(register, 'POST', '/api/v1/register', { body: registerBody({ email: 'MAI.nguyen@example.com', name: 'Other' }) });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('email_taken');
    expect(again.body.error.fields.email).toHaveLength(1);
  });

  it('refuses a weak password, naming the field', async () => {
    const res = await call(register, 'POST', '/api/v1/register', { body: registerBody({ password: 'short' }) });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation');
    expect(res.body.error.fields.password[0]).toMatch(/at least 8/);
    const same = await call(register, 'POST', '/api/v1/register', { body: registerBody({ password: 'mai.nguyen@example.com' }) });
    expect(same.status).toBe(400);
    expect(same.body.error.fields.password).toBeDefined();
    expect(await t.current.database.db.select().from(users)).toHaveLength(0);
  });

  it('answers 400 invalid_json to a malformed body', async () => {
    const res = await call(register, 'POST', '/api/v1/register', { body: '{"email": "a@b.c",' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'invalid_json', message: expect.any(String) } });
  });

  it('answers 413 to a body over 1 MB', async () => {
    const big = JSON.stringify(registerBody({ name: 'x'.repeat(1024 * 1024 + 10) }));
    const res = await call(register, 'POST', '/api/v1/register', { body: big });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    // Even when the client lies about (or leaves out) its length.
    const res2 = await call(register, 'POST', '/api/v1/register', { body: big, headers: { 'content-length': '10' } });
    expect(res2.status).toBe(413);
  });

  it('Idempotency-Key: a retry returns the first account; another person’s same key does not', async () => {
    const opts = { body: registerBody(), headers: { 'idempotency-key': 'signup-1' }, ip: '10.0.0.7' };
    const first = await call(register, 'POST', '/api/v1/register', opts);
    const retry = await call(register, 'POST', '/api/v1/register', opts);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    // Someone else who happens to pick the same key must not receive Mai's account.
    const other = await call(register, 'POST', '/api/v1/register', {
      body: { email: 'lan@example.com', password: PASSWORD, name: 'Lan' },
      headers: { 'idempotency-key': 'signup-1' },
      ip: '10.9.9.9',
    });
    expect(other.status).toBe(201);
    expect(other.body.email).toBe('lan@example.com');
    expect(JSON.stringify(other.body)).not.toContain('mai.nguyen');
    expect(await t.current.database.db.select().from(users)).toHaveLength(2);
  });

  it('with an invitation code: role member, already in the circle', async () => {
    const mother = await makeUser({ name: 'Mai' });
    const circle = await createCircle(mother);
    const inv = await invite(mother, circle.id, 'grandparent');
    const res = await call(register, 'POST', '/api/v1/register', {
      body: { email: 'hoa@example.com', password: PASSWORD, name: 'Hoa', invitationCode: inv.code.toLowerCase() },
    });
    expect(res.status).toBe(201);
    expect(res.body.role).toBe('member');
    expect(res.body.circleId).toBe(circle.id);
    const seen = await call(getCircle, 'GET', `/api/v1/circles/${circle.id}`, { cookie: mother.cookie, params: { id: circle.id } });
    expect(seen.body.members).toEqual(
      expect.arrayContaining([expect.objectContaining({ userId: res.body.id, name: 'Hoa', role: 'member', relationship: 'grandparent' })]),
    );
  });

  it('with a used invitation code: no account is created', async () => {
    const mother = await makeUser({ name: 'Mai' });
    const circle = await createCircle(mother);
    const inv = await invite(mother, circle.id);
    expect((await call(register, 'POST', '/api/v1/register', { body: registerBody({ invitationCode: inv.code }) })).status).toBe(201);
    const second = await call(register, 'POST', '/api/v1/register', { body: registerBody({ email: 'b@example.com', invitationCode: inv.code }) });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('invitation_used');
    expect(await t.current.database.db.select().from(users).where(eq(users.email, 'b@example.com'))).toHaveLength(0);
  });
});

describe('sessions', () => {
  it('signs in with a cookie that /api/v1/me accepts', async () => {
    await call(register, 'POST', '/api/v1/register', { body: registerBody() });
    const res = await call(signIn, 'POST', '/api/v1/session', { body: { email: 'mai.nguyen@EXAMPLE.com', password: PASSWORD } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ email: 'mai.nguyen@example.com', name: 'Mai' });
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^authjs\.session-token=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const me = await call(getMe, 'GET', '/api/v1/me', { cookie: cookieFrom(res.headers) });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: 'mai.nguyen@example.com', name: 'Mai', role: 'mother' });
    expect(JSON.stringify(me.body)).not.toMatch(/password/i);
  });

  it('refuses a wrong password and an unknown e-mail alike', async () => {
    await call(register, 'POST', '/api/v1/register', { body: registerBody() });
    const wrong = await call(signIn, 'POST', '/api/v1/session', { body: { email: 'mai.nguyen@example.com', password: 'not-the-password' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const unknown = await call(signIn, 'POST', '/api/v1/session', { body: { email: 'nobody@example.com', password: PASSWORD } });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('anonymous and forged cookies get 401 on /api/v1/me', async () => {
    expect((await call(getMe, 'GET', '/api/v1/me')).status).toBe(401);
    const forged = await call(getMe, 'GET', '/api/v1/me', { cookie: 'authjs.session-token=not-a-jwt' });
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('unauthenticated');
  });

  it('DELETE /api/v1/session clears the cookie', async () => {
    const res = await call(signOut, 'DELETE', '/api/v1/session');
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/^authjs\.session-token=;.*Max-Age=0/);
  });

  it('sign-out everywhere: the old cookie then gets 401', async () => {
    const mai = await makeUser({ name: 'Mai' });
    const res = await call(signIn, 'POST', '/api/v1/session', { body: { email: mai.email, password: mai.password } });
    const other = cookieFrom(res.headers);
    expect((await call(getMe, 'GET', '/api/v1/me', { cookie: other })).status).toBe(200);
    expect((await call(signOutEverywhere, 'POST', '/api/v1/me/sign-out-everywhere', { cookie: mai.cookie })).status).toBe(204);
    expect((await call(getMe, 'GET', '/api/v1/me', { cookie: mai.cookie })).status).toBe(401);
    expect((await call(getMe, 'GET', '/api/v1/me', { cookie: other })).status).toBe(401);
    // Signing in again works.
    const again = await call(signIn, 'POST', '/api/v1/session', { body: { email: mai.email, password: mai.password } });
    expect((await call(getMe, 'GET', '/api/v1/me', { cookie: cookieFrom(again.headers) })).status).toBe(200);
  });
});

describe('profile', () => {
  it('PATCH /api/v1/me changes name and locale', async () => {
    const mai = await makeUser({ name: 'Mai' });
    const res = await call(patchMe, 'PATCH', '/api/v1/me', { cookie: mai.cookie, body: { name: '  Mai Nguyen ', locale: 'en' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: mai.id, name: 'Mai Nguyen', locale: 'en' });
    const me = await call(getMe, 'GET', '/api/v1/me', { cookie: mai.cookie });
    expect(me.body).toMatchObject({ name: 'Mai Nguyen', locale: 'en' });
  });

  it('PATCH /api/v1/me refuses bad values and empty changes', async () => {
    const mai = await makeUser({ name: 'Mai' });
    const bad = await call(patchMe, 'PATCH', '/api/v1/me', { cookie: mai.cookie, body: { locale: 'fr' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.locale).toBeDefined();
    expect((await call(patchMe, 'PATCH', '/api/v1/me', { cookie: mai.cookie, body: {} })).status).toBe(400);
    expect((await call(patchMe, 'PATCH', '/api/v1/me', { cookie: mai.cookie, body: { name: ' ' } })).status).toBe(400);
    // A role cannot be smuggled in.
    const role = await call(patchMe, 'PATCH', '/api/v1/me', { cookie: mai.cookie, body: { name: 'Mai', role: 'admin' } });
    expect(role.status).toBe(200);
    expect(role.body.role).toBe('mother');
  });
});

describe('account removal', () => {
  it('needs the password', async () => {
    const mai = await makeUser({ name: 'Mai' });
    const missing = await call(deleteMe, 'DELETE', '/api/v1/me', { cookie: mai.cookie, body: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.password).toBeDefined();
    const wrong = await call(deleteMe, 'DELETE', '/api/v1/me', { cookie: mai.cookie, body: { password: 'nope-nope-nope' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.password).toBeDefined();
    expect((await call(getMe, 'GET', '/api/v1/me', { cookie: mai.cookie })).status).toBe(200);
  });

  it('erases the account and her circle; the old cookie gets 401', async () => {
    const mai = await makeUser({ name: 'Mai' });
    const tuan = await makeUser({ name: 'Tuan' });
    const circle = await createCircle(mai);
    const inv = await invite(mai, circle.id);
    expect((await accept(tuan, inv.code)).status).toBe(200);

    const res = await call(deleteMe, 'DELETE', '/api/v1/me', { cookie: mai.cookie, body: { password: mai.password } });
    expect(res.status).toBe(204);
    expect((await call(getMe, 'GET', '/api/v1/me', { cookie: mai.cookie })).status).toBe(401);
    expect(await t.current.database.db.select().from(circles)).toHaveLength(0);
    // Tuan keeps his account, without the circle.
    expect((await call(getMe, 'GET', '/api/v1/me', { cookie: tuan.cookie })).status).toBe(200);
    const list = await call(listCircles, 'GET', '/api/v1/circles', { cookie: tuan.cookie });
    expect(list.body.items).toEqual([]);
    const signInAgain = await call(signIn, 'POST', '/api/v1/session', { body: { email: mai.email, password: mai.password } });
    expect(signInAgain.status).toBe(401);
  });
});

describe('health', () => {
  it('/api/health and /api/ready answer ok with the database up', async () => {
    for (const handler of [health, ready]) {
      const res = await handler();
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok', db: 'ok' });
    }
  });
});
