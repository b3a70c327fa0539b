/**
 * Two instances starting at once on an empty PostgreSQL database both migrate it: the advisory
 * lock in migrateDatabase makes the second wait and then find nothing left to do, where drizzle's
 * migrator alone let them race (one failed on a duplicate type). PostgreSQL only: PGlite lives
 * inside one process.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, migrateDatabase, openDatabase, type Database } from '@/db/client';
import { withDatabaseName } from '../helpers/db';

const adminUrl = process.env.TEST_DATABASE_URL;
const opened: Database[] = [];
let drop: (() => Promise<void>) | undefined;

afterAll(async () => {
  for (const d of opened) await d.close();
  await drop?.();
});

describe.skipIf(!adminUrl)('migrations from two instances at once (PostgreSQL)', () => {
  it('both start; every migration is applied exactly once', async () => {
    const name = `village_test_${randomBytes(6).toString('hex')}`;
    const admin = await openDatabase({ url: adminUrl!, max: 1 });
    await admin.db.execute(sql.raw(`create database ${name}`));
    drop = async () => {
      await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await admin.close();
    };
    const url = withDatabaseName(adminUrl!, name);
    const a = await openDatabase({ url, max: 3 });
    const b = await openDatabase({ url, max: 3 });
    opened.push(a, b);

    const results = await Promise.allSettled([migrateDatabase(a), migrateDatabase(b)]);
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(['ok', 'ok']);

    const files = fs.readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql'));
    const applied = (await a.db.execute(sql.raw('select count(*)::int as n from drizzle.__drizzle_migrations'))) as unknown as { n: number }[];
    expect(applied[0].n).toBe(files.length);
    const tables = (await b.db.execute(sql.raw(`select count(*)::int as n from information_schema.tables where table_name in ('users', 'chores', 'posts', 'questions')`))) as unknown as { n: number }[];
    expect(tables[0].n).toBe(4);
  });
});
