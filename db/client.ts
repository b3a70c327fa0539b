import 'server-only';
import path from 'node:path';
import fs from 'node:fs';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs a trivial query; used by the readiness check. */
  ping(): Promise<void>;
  /**
   * PostgreSQL only: runs `fn` while this process holds the advisory lock `key` (taken on a
   * connection of its own, so `fn` may use the pool). Other holders wait.
   */
  exclusive?<T>(key: string, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = path.join(process.cwd(), 'db', 'migrations');

export interface OpenOptions {
  /** postgres:// URL; without one, PGlite is used. */
  url?: string;
  /** PGlite data folder; `memory://` for a throwaway database. */
  dir?: string;
  /** Pool size for postgres.js. */
  max?: number;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.url) {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const client = postgres(opts.url, { max: opts.max ?? 10, onnotice: () => {} });
    const db = drizzle(client, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      ping: async () => {
        await client`select 1`;
      },
      // Needs a second connection for `fn`: with a pool of one it would wait for itself.
      exclusive: (opts.max ?? 10) < 2 ? undefined : async (key, fn) => {
        const own = await client.reserve();
        try {
          await own`select pg_advisory_lock(hashtext(${key}))`;
          return await fn();
        } finally {
          await own`select pg_advisory_unlock(hashtext(${key}))`.catch(() => {});
          own.release();
        }
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const dir = opts.dir ?? '.data/pglite';
  if (!dir.startsWith('memory://')) fs.mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
  const client = new PGlite(dir);
  await client.waitReady;
  const db = drizzle(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    ping: async () => {
      await client.query('select 1');
    },
    close: () => client.close(),
  };
}

/**
 * Applies the pending migrations. On PostgreSQL under an advisory lock: drizzle's migrator takes
 * none, and two instances starting at once on an empty database raced (one failed on "duplicate
 * key … pg_type_typname_nsp_index"); now the second waits, then finds nothing left to do.
 */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'postgres') {
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const run = () => migrate(database.db as any, { migrationsFolder: MIGRATIONS_DIR });
    await (database.exclusive ? database.exclusive('village:migrate', run) : run());
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await migrate(database.db as any, { migrationsFolder: MIGRATIONS_DIR });
  }
}

// One instance per process, shared by server.ts and the Next bundle (separate module graphs).
const holder = globalThis as unknown as { __villageDb?: Database; __villageDbOpening?: Promise<Database> };

export function setDatabase(database: Database | undefined) {
  holder.__villageDb = database;
  holder.__villageDbOpening = undefined;
}

export function currentDatabase(): Database | undefined {
  return holder.__villageDb;
}

/** The process's database, opened from the environment on first use. */
export async function getDatabase(): Promise<Database> {
  if (holder.__villageDb) return holder.__villageDb;
  holder.__villageDbOpening ??= (async () => {
    const database = await openDatabase({
      url: process.env.DATABASE_URL || undefined,
      dir: process.env.PGLITE_DIR || undefined,
    });
    holder.__villageDb = database;
    return database;
  })();
  return holder.__villageDbOpening;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}
