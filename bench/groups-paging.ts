// Peer-group paging with 100,000 posts in one group: the feed's keyset pages (first page and
// deep pages reached by cursor) through the real domain function, against the OFFSET query a
// naive feed would run, in the same run on the same database.
//
//   npm run bench:paging                                  # embedded PGlite (in memory)
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:paging
//                                                         # a fresh database on that server, dropped after
//   options: --posts 100000 --samples 50
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { migrateDatabase, openDatabase, type Database } from '../db/client';
import { groupMembers, peerGroups, peerProfiles, users } from '../db/schema';
import { ensurePeerGroups } from '../lib/groups/catalogue';
import { listPosts } from '../lib/groups/service';
import type { Viewer } from '../lib/accounts/viewer';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const POSTS = arg('posts', 100_000);
const SAMPLES = arg('samples', 50);

const adminUrl = process.env.BENCH_DATABASE_URL;
let database: Database;
let drop = async () => {};
if (adminUrl) {
  const name = `village_bench_${randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ url: adminUrl, max: 1 });
  await admin.db.execute(sql.raw(`create database ${name}`));
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  database = await openDatabase({ url: u.toString(), max: 4 });
  drop = async () => {
    await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
    await admin.close();
  };
} else {
  database = await openDatabase({ dir: 'memory://' });
}
const db = database.db;

try {
  await migrateDatabase(database);
  await ensurePeerGroups(db);
  const [group] = await db.select().from(peerGroups).where(sql`${peerGroups.slug} = 'low-supply'`);
  const [user] = await db.insert(users).values({ email: 'bench@example.com', name: 'Bench', passwordHash: 'x' }).returning();
  const [profile] = await db.insert(peerProfiles).values({ userId: user.id, alias: 'Bench' }).returning();
  await db.insert(groupMembers).values({ groupId: group.id, userId: user.id });
  const viewer: Viewer = { id: user.id, email: user.email, name: user.name, role: 'mother', locale: 'vi', sessionVersion: 1 };

  const t0 = performance.now();
  // 1,000 other mothers write the group's posts, one a minute going back in time; 1 in 50 held
  // (not in the feed). The reader has one post of her own waiting for review.
  await db.execute(sql`
    insert into users (email, name, password_hash)
    select 'bench-' || g || '@example.com', 'Bench ' || g, 'x' from generate_series(1, 1000) g`);
  await db.execute(sql`
    insert into peer_profiles (user_id, alias)
    select id, 'Alias ' || name from users where email like 'bench-%'`);
  await db.execute(sql`
    with authors as (select id, row_number() over (order by id) - 1 as n from peer_profiles where id <> ${profile.id})
    insert into posts (group_id, parent_id, author_profile_id, body, wants, status, created_at, published_at)
    select ${group.id}::uuid, null, a.id, 'Bài số ' || g, 'listen',
           (case when g % 50 = 0 then 'held' else 'published' end)::post_status,
           now() - make_interval(mins => g), case when g % 50 = 0 then null else now() - make_interval(mins => g) end
    from generate_series(1, ${POSTS}) g join authors a on a.n = g % 1000`);
  await db.execute(sql`
    insert into posts (group_id, author_profile_id, body, wants, status)
    values (${group.id}, ${profile.id}, 'Bài của tôi đang chờ', 'listen', 'held')`);
  await db.execute(sql`analyze`);
  const loadMs = performance.now() - t0;

  async function time(fn: () => Promise<unknown>) {
    const out: number[] = [];
    for (let i = 0; i < 3; i++) await fn(); // warm up
    for (let i = 0; i < SAMPLES; i++) {
      const s = performance.now();
      await fn();
      out.push(performance.now() - s);
    }
    out.sort((a, b) => a - b);
    const q = (p: number) => out[Math.min(out.length - 1, Math.floor(p * out.length))];
    return { p50: q(0.5), p95: q(0.95), max: out[out.length - 1] };
  }

  // A cursor deep in the feed: the post at position `depth` (what a reader paging there would hold).
  async function cursorAt(depth: number) {
    const rows = (await db.execute(sql`
      select id, to_char(published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as published_at from posts where group_id = ${group.id} and parent_id is null and status = 'published'
      order by published_at desc nulls last, id desc nulls last offset ${depth} limit 1`)) as unknown as { id: string; published_at: string | Date }[] | { rows: { id: string; published_at: string | Date }[] };
    const row = Array.isArray(rows) ? rows[0] : rows.rows[0];
    return Buffer.from(`${String(row.published_at)}|${row.id}`).toString('base64url');
  }

  const depths = [0, Math.floor(POSTS / 2), Math.floor(POSTS * 0.95)];
  const results: { label: string; p50: number; p95: number; max: number }[] = [];
  for (const depth of depths) {
    const cursor = depth ? await cursorAt(depth) : undefined;
    const r = await time(() => listPosts(db, viewer, group.id, { limit: 20, cursor }));
    const check = await listPosts(db, viewer, group.id, { limit: 20, cursor });
    if (check.items.length !== 20) throw new Error(`page at ${depth} had ${check.items.length} posts`);
    results.push({ label: `keyset page at post ${depth.toLocaleString('en')} (listPosts)`, ...r });
  }
  for (const depth of depths) {
    const r = await time(() =>
      db.execute(sql`
        select * from posts where group_id = ${group.id} and parent_id is null and status = 'published'
        order by published_at desc nulls last, id desc nulls last offset ${depth} limit 21`),
    );
    results.push({ label: `baseline OFFSET ${depth.toLocaleString('en')} (plain query)`, ...r });
  }

  console.log(`groups-paging: ${POSTS.toLocaleString('en')} posts in one group on ${database.kind}; loaded in ${(loadMs / 1000).toFixed(1)} s`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  console.log(`${SAMPLES} samples each, page size 20 (ms)`);
  for (const r of results) console.log(`  ${r.label.padEnd(48)} p50 ${r.p50.toFixed(2).padStart(8)}  p95 ${r.p95.toFixed(2).padStart(8)}  max ${r.max.toFixed(2).padStart(8)}`);
} finally {
  await database.close();
  await drop();
}
