// npm run db:migrate — applies the pending migrations of db/migrations once, as a release step
// before instances start (docs/DEPLOY.md). On PostgreSQL it holds an advisory lock meanwhile,
// so two runs at once wait for each other instead of racing; drizzle's migrator itself takes
// no lock (two servers migrating an empty database at the same moment: one fails on
// "duplicate key … pg_type_typname_nsp_index"). Uses DATABASE_URL, else PGlite in PGLITE_DIR.
import nextEnv from '@next/env';
import { MIGRATIONS_DIR, migrateDatabase, openDatabase } from '../db/client';

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production');
const url = process.env.DATABASE_URL || undefined;
const started = Date.now();
const database = await openDatabase({ url, dir: process.env.PGLITE_DIR || undefined, max: 1 });
let lock: { end(): Promise<void>; unsafe(q: string): Promise<unknown> } | undefined;
try {
  if (url) {
    const { default: postgres } = await import('postgres');
    lock = postgres(url, { max: 1, onnotice: () => {} });
    await lock.unsafe(`select pg_advisory_lock(hashtext('village:migrate'))`);
  }
  await migrateDatabase(database);
  console.log(`Migrations of ${MIGRATIONS_DIR} applied to ${url ? new URL(url).pathname.slice(1) || 'the database' : 'PGlite'} in ${Date.now() - started} ms.`);
} finally {
  await lock?.unsafe(`select pg_advisory_unlock(hashtext('village:migrate'))`).catch(() => {});
  await lock?.end();
  await database.close();
}
