import { randomBytes } from 'node:crypto';
import { getDb } from '@/db/client';
import { users, type User } from '@/db/schema';
import { hashPassword } from '@/lib/accounts/passwords';
import { mintSessionToken, SESSION_COOKIE } from '@/lib/auth/session';

export const BASE = 'http://localhost:3000';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface CallOptions {
  cookie?: string;
  /** Sent as JSON unless it is already a string. */
  body?: unknown;
  params?: Record<string, string>;
  headers?: Record<string, string>;
  ip?: string;
}

export interface CallResult {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Headers;
}

/** Calls a route handler the way Next would, with the client-IP header server.ts adds. */
export async function call(handler: Handler, method: string, path: string, opts: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { 'x-village-client-ip': opts.ip ?? '10.0.0.1', host: 'localhost:3000', ...opts.headers };
  if (opts.cookie) headers.cookie = opts.cookie;
  let body: string | undefined;
  if (opts.body !== undefined) {
    body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await handler(new Request(`${BASE}${path}`, { method, headers, body }), { params: Promise.resolve(opts.params ?? {}) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

export const DEFAULT_PASSWORD = 'correct horse battery';
let defaultHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  name: string;
  password: string;
  cookie: string;
  row: User;
}

export async function cookieFor(u: Pick<User, 'id' | 'email' | 'name' | 'sessionVersion'>): Promise<string> {
  return `${SESSION_COOKIE}=${await mintSessionToken(u)}`;
}

/** A user straight in the database, with a session cookie minted as Auth.js would. */
export async function makeUser(opts: { name?: string; email?: string; role?: User['role']; password?: string } = {}): Promise<TestUser> {
  const name = opts.name ?? `User ${randomBytes(2).toString('hex')}`;
  const email = opts.email ?? `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${randomBytes(3).toString('hex')}@example.com`;
  const password = opts.password ?? DEFAULT_PASSWORD;
  const passwordHash = password === DEFAULT_PASSWORD ? await (defaultHash ??= hashPassword(DEFAULT_PASSWORD)) : await hashPassword(password);
  const db = await getDb();
  const [row] = await db.insert(users).values({ email, name, passwordHash, role: opts.role ?? 'mother' }).returning();
  return { id: row.id, email, name, password, cookie: await cookieFor(row), row };
}
