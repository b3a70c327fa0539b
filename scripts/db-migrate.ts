// npm run db:migrate — applies the pending migrations of db/migrations once, as a release step
// before instances start (docs/DEPLOY.md). On PostgreSQL migrateDatabase holds an advisory lock
// meanwhile, so runs (and instances starting) at the same moment wait for each other instead of
// racing. Uses DATABASE_URL, else PGlite in PGLITE_DIR.
import nextEnv from '@next/env';
import { MIGRATIONS_DIR, migrateDatabase, openDatabase } from '../db/client';

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production');
const url = process.env.DATABASE_URL || undefined;
const started = Date.now();
// Two connections: one holds the lock, the other runs the migrations.
const database = await openDatabase({ url, dir: process.env.PGLITE_DIR || undefined, max: 2 });
try {
  await migrateDatabase(database);
  console.log(`Migrations of ${MIGRATIONS_DIR} applied to ${url ? new URL(url).pathname.slice(1) || 'the database' : 'PGlite'} in ${Date.now() - started} ms.`);
} finally {
  await database.close();
}
