import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { migrateDatabase, openDatabase, setDatabase, type Database } from '@/db/client';
import { ensurePeerGroups } from '@/lib/groups/catalogue';

export interface TestDatabase {
  database: Database;
  /** postgres:// URL of the fresh database, when running against PostgreSQL. */
  url?: string;
  kind: Database['kind'];
  truncateAll(): Promise<void>;
  /** Another connection pool to the same database, as a second app instance would have (PostgreSQL only). */
  openSecondConnection(): Promise<Database | undefined>;
  close(): Promise<void>;
}

const TABLES = [
  'answers',
  'questions',
  'expert_profiles',
  'moderation_items',
  'post_flags',
  'post_hugs',
  'posts',
  'watched_words',
  'group_members',
  'peer_profiles',
  'audit_log',
  'app_settings',
  'trusted_contacts',
  'checkin_shares',
  'checkins',
  'notifications',
  'encouragement_reactions',
  'encouragements',
  'support_requests',
  'chores',
  'idempotency_keys',
  'rate_limits',
  'invitations',
  'circle_members',
  'circles',
  'users',
];

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * One database per test file: a fresh PostgreSQL database when TEST_DATABASE_URL is set,
 * otherwise an in-memory PGlite. Registered as the process database, so route handlers use it.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  let database: Database;
  let url: string | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  const extra: Database[] = [];

  if (adminUrl) {
    const name = `village_test_${randomBytes(6).toString('hex')}`;
    const admin = await openDatabase({ url: adminUrl, max: 1 });
    await admin.db.execute(sql.raw(`create database ${name}`));
    url = withDatabaseName(adminUrl, name);
    database = await openDatabase({ url, max: 25 });
    dropDatabase = async () => {
      await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await admin.close();
    };
  } else {
    database = await openDatabase({ dir: 'memory://' });
  }
  await migrateDatabase(database);
  await ensurePeerGroups(database.db);
  setDatabase(database);

  return {
    database,
    url,
    kind: database.kind,
    async truncateAll() {
      await database.db.execute(sql.raw(`truncate table ${TABLES.join(', ')} restart identity cascade`));
      await database.db.execute(sql.raw('update peer_groups set slow_mode_minutes = 0'));
    },
    async openSecondConnection() {
      if (!url) return undefined;
      const second = await openDatabase({ url, max: 2 });
      extra.push(second);
      return second;
    },
    async close() {
      setDatabase(undefined);
      for (const d of extra) await d.close();
      await database.close();
      await dropDatabase?.();
    },
  };
}

/**
 * Registers the per-file database hooks: one database for the file, emptied before each test.
 * Returns a handle whose `current` is set once beforeAll has run.
 */
export function setupTestDatabase(hooks: {
  beforeAll: (fn: () => Promise<void>, timeout?: number) => void;
  afterAll: (fn: () => Promise<void>, timeout?: number) => void;
  beforeEach: (fn: () => Promise<void>) => void;
}): { current: TestDatabase } {
  const handle = {} as { current: TestDatabase };
  hooks.beforeAll(async () => {
    handle.current = await createTestDatabase();
  }, 60_000);
  hooks.afterAll(async () => {
    await handle.current?.close();
  }, 30_000);
  hooks.beforeEach(async () => {
    await handle.current.truncateAll();
  });
  return handle;
}
