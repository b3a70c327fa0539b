import 'server-only';
import { count } from 'drizzle-orm';
import type { Db } from './client';
import { chores, circleMembers, circles, encouragements, users } from './schema';
import { hashPassword } from '@/lib/accounts/passwords';
import { CHORE_TEMPLATES } from '@/lib/chores/templates';

export const DEMO_PASSWORD = 'village-demo-1';

export const DEMO_ACCOUNTS = [
  { email: 'mai@example.com', name: 'Mai', role: 'mother', locale: 'vi' },
  { email: 'tuan@example.com', name: 'Tuấn', role: 'member', locale: 'vi' },
  { email: 'hoa@example.com', name: 'Bà Hoa', role: 'member', locale: 'vi' },
  { email: 'linh@example.com', name: 'Linh (IBCLC)', role: 'expert', locale: 'vi' },
  { email: 'mod@example.com', name: 'Moderator', role: 'moderator', locale: 'en' },
  { email: 'admin@example.com', name: 'Admin', role: 'admin', locale: 'en' },
] as const;

/** Seeds the demo family when the database has no users. Returns whether it did. */
export async function seedDemo(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(users);
  if (n > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(users)
      .values(DEMO_ACCOUNTS.map((a) => ({ ...a, passwordHash })))
      .returning();
    const byEmail = new Map(inserted.map((u) => [u.email, u]));
    const mai = byEmail.get('mai@example.com')!;
    const [circle] = await tx.insert(circles).values({ name: 'Gia đình Mai', ownerId: mai.id }).returning();
    await tx.insert(circleMembers).values([
      { circleId: circle.id, userId: mai.id, role: 'owner', relationship: 'mother' },
      { circleId: circle.id, userId: byEmail.get('tuan@example.com')!.id, role: 'member', relationship: 'partner' },
      { circleId: circle.id, userId: byEmail.get('hoa@example.com')!.id, role: 'member', relationship: 'grandparent' },
    ]);
    // A day already under way: some chores open, one taken, one done, and a note for Mai.
    const tuan = byEmail.get('tuan@example.com')!;
    const hoa = byEmail.get('hoa@example.com')!;
    const hour = 3_600_000;
    const now = Date.now();
    const plan: { key: string; dueIn: number; state?: 'claimed' | 'done'; by?: string }[] = [
      { key: 'water-at-feed', dueIn: 1 },
      { key: 'small-meal', dueIn: 2 },
      { key: 'hold-baby-nap', dueIn: 3, state: 'claimed', by: hoa.id },
      { key: 'night-shift', dueIn: 9, state: 'claimed', by: tuan.id },
      { key: 'laundry', dueIn: -2, state: 'done', by: hoa.id },
    ];
    await tx.insert(chores).values(
      plan.map((p) => {
        const t = CHORE_TEMPLATES.find((c) => c.key === p.key)!;
        return {
          circleId: circle.id,
          title: t.title.vi,
          category: t.category,
          notes: t.notes.vi,
          dueAt: new Date(now + p.dueIn * hour),
          recurrence: t.recurrence ?? null,
          effort: t.effort,
          restMinutes: t.restMinutes,
          templateKey: t.key,
          status: p.state ?? 'open',
          createdBy: mai.id,
          claimedBy: p.by ?? null,
          claimedAt: p.by ? new Date(now - hour) : null,
          completedBy: p.state === 'done' ? p.by : null,
          completedAt: p.state === 'done' ? new Date(now - hour / 2) : null,
        } as const;
      }),
    );
    await tx.insert(encouragements).values({
      circleId: circle.id,
      authorId: hoa.id,
      message: 'Con nghỉ đi, để bà bế cháu một lát. Con đang làm rất tốt!',
    });
  });
  return true;
}
