// Seeds a benchmark database straight with SQL (creating thousands of users through the API
// would spend minutes in argon2 and rate limits): migrates, then
//   - `members` users (bench-u0 … ) in circles of 4 (u0 owns circle 0 with u1–u3, …), each
//     circle with `chores` open chores;
//   - a 50-member circle with its owner (bench-c0 … c49) for the contention test;
//   - a board circle (bench-h0 … h3) with 15 chores of today (8 open, 4 claimed, 3 done) for
//     the HTTP test.
// Every user has the password `bench-password-1` (hashed once) and a session cookie minted
// with AUTH_SECRET exactly as the JSON sign-in does. Writes JSON to --out.
//
//   DATABASE_URL=postgres://… AUTH_SECRET=… node --import tsx --import ./scripts/server-only-hook.mjs \
//     bench/scale/seed.ts --members 2000 --chores 12 --out /tmp/seed.json
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { migrateDatabase, openDatabase } from '../../db/client';
import { ensurePeerGroups } from '../../lib/groups/catalogue';
import { hashPassword } from '../../lib/accounts/passwords';
import { mintSessionToken, SESSION_COOKIE } from '../../lib/auth/session';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const MEMBERS = Math.ceil(Number(arg('members', '2000')) / 4) * 4;
const CHORES = Number(arg('chores', '12'));
const OUT = arg('out', 'bench-seed.json');
const PASSWORD = 'bench-password-1';

if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is required');
const database = await openDatabase({ url: process.env.DATABASE_URL, max: 4 });
const db = database.db;

try {
  await migrateDatabase(database);
  await ensurePeerGroups(db);
  const hash = await hashPassword(PASSWORD);

  // Users: members, contention circle, board circle.
  await db.execute(sql`
    insert into users (email, name, password_hash, role, locale)
    select 'bench-u' || g || '@example.com', 'Bench ' || g, ${hash},
           (case when g % 4 = 0 then 'mother' else 'member' end)::user_role, 'en'
    from generate_series(0, ${MEMBERS - 1}) g`);
  await db.execute(sql`
    insert into users (email, name, password_hash, role, locale)
    select 'bench-c' || g || '@example.com', 'Claimer ' || g, ${hash},
           (case when g = 0 then 'mother' else 'member' end)::user_role, 'en'
    from generate_series(0, 49) g`);
  await db.execute(sql`
    insert into users (email, name, password_hash, role, locale)
    select 'bench-h' || g || '@example.com', 'Board ' || g, ${hash},
           (case when g = 0 then 'mother' else 'member' end)::user_role, 'en'
    from generate_series(0, 3) g`);

  // Circles of 4: circle k is owned by u(4k).
  await db.execute(sql`
    insert into circles (name, owner_id)
    select 'Bench circle ' || (substring(email from 'bench-u([0-9]+)@')::int / 4), id
    from users where email ~ '^bench-u[0-9]+@' and substring(email from 'bench-u([0-9]+)@')::int % 4 = 0`);
  await db.execute(sql`
    insert into circles (name, owner_id) select 'Contention circle', id from users where email = 'bench-c0@example.com'`);
  await db.execute(sql`
    insert into circles (name, owner_id) select 'Board circle', id from users where email = 'bench-h0@example.com'`);

  await db.execute(sql`
    insert into circle_members (circle_id, user_id, role, relationship)
    select c.id, u.id,
           (case when u.id = c.owner_id then 'owner' else 'member' end)::circle_role,
           (case when u.id = c.owner_id then 'mother'
                 else (array['partner','grandparent','friend'])[substring(u.email from 'bench-u([0-9]+)@')::int % 4] end)::relationship
    from users u
    join circles c on c.name = 'Bench circle ' || (substring(u.email from 'bench-u([0-9]+)@')::int / 4)
    where u.email ~ '^bench-u[0-9]+@'`);
  await db.execute(sql`
    insert into circle_members (circle_id, user_id, role, relationship)
    select c.id, u.id, (case when u.id = c.owner_id then 'owner' else 'member' end)::circle_role,
           (case when u.id = c.owner_id then 'mother' else 'friend' end)::relationship
    from users u cross join circles c
    where (c.name = 'Contention circle' and u.email ~ '^bench-c[0-9]+@') or (c.name = 'Board circle' and u.email ~ '^bench-h[0-9]+@')`);

  // Open chores for the fan-out claims.
  await db.execute(sql`
    insert into chores (circle_id, title, category, created_by)
    select c.id, 'Bench chore ' || k, 'other', c.owner_id
    from circles c cross join generate_series(0, ${CHORES - 1}) k
    where c.name like 'Bench circle %'`);

  // The board: 8 open, 4 claimed, 3 done today, with due times through the day.
  await db.execute(sql`
    insert into chores (circle_id, title, category, created_by, due_at, status, claimed_by, claimed_at, completed_by, completed_at)
    select c.id, 'Board chore ' || k,
           (array['meals','water_snacks','baby_care','laundry','cleaning','errands','night_shift','other'])[1 + k % 8]::chore_category,
           c.owner_id, now() + make_interval(hours => k % 6),
           (case when k < 8 then 'open' when k < 12 then 'claimed' else 'done' end)::chore_status,
           (case when k >= 8 then m.user_id end), (case when k >= 8 then now() end),
           (case when k >= 12 then m.user_id end), (case when k >= 12 then now() end)
    from circles c
    cross join generate_series(0, 14) k
    join lateral (select user_id from circle_members where circle_id = c.id and role = 'member' order by user_id limit 1) m on true
    where c.name = 'Board circle'`);
  await db.execute(sql`analyze`);

  const rows = (await db.execute(sql`
    select u.id, u.email, u.name, u.session_version as "sessionVersion", cm.circle_id as "circleId"
    from users u left join circle_members cm on cm.user_id = u.id
    where u.email like 'bench-%'`)) as unknown as { id: string; email: string; name: string; sessionVersion: number; circleId: string }[];
  const cookie = async (u: { id: string; email: string; name: string; sessionVersion: number }) => `${SESSION_COOKIE}=${await mintSessionToken(u)}`;
  const index = (email: string, prefix: string) => Number(new RegExp(`^bench-${prefix}(\\d+)@`).exec(email)?.[1] ?? -1);

  const members = rows.filter((r) => index(r.email, 'u') >= 0).sort((a, b) => index(a.email, 'u') - index(b.email, 'u'));
  const circleIds = [...new Set(members.map((m) => m.circleId))];
  const circleIndex = new Map(members.filter((_, i) => i % 4 === 0).map((m, k) => [m.circleId, k]));
  const choreRows = (await db.execute(sql`
    select id, circle_id as "circleId" from chores where title like 'Bench chore %'
    order by circle_id, (substring(title from '([0-9]+)$'))::int`)) as unknown as { id: string; circleId: string }[];
  const circles = members.filter((_, i) => i % 4 === 0).map((m) => ({ id: m.circleId, chores: [] as string[] }));
  for (const c of choreRows) circles[circleIndex.get(c.circleId)!].chores.push(c.id);
  const contention = rows.filter((r) => index(r.email, 'c') >= 0).sort((a, b) => index(a.email, 'c') - index(b.email, 'c'));
  const board = rows.filter((r) => index(r.email, 'h') >= 0).sort((a, b) => index(a.email, 'h') - index(b.email, 'h'));

  const out = {
    password: PASSWORD,
    members: await Promise.all(members.map(async (m, i) => ({ id: m.id, email: m.email, circle: Math.floor(i / 4), cookie: await cookie(m) }))),
    circles,
    contention: {
      circleId: contention[0].circleId,
      ownerCookie: await cookie(contention[0]),
      cookies: await Promise.all(contention.map(cookie)),
    },
    board: { circleId: board[0].circleId, cookie: await cookie(board[1]) },
  };
  if (circleIds.length !== circles.length) throw new Error('circle bookkeeping went wrong');
  fs.writeFileSync(OUT, JSON.stringify(out));
  console.log(`seeded ${members.length} members in ${circles.length} circles (${CHORES} open chores each), a 50-member circle, a board circle → ${OUT}`);
} finally {
  await database.close();
}
