import 'server-only';
import { count } from 'drizzle-orm';
import type { Db } from './client';
import { circleMembers, circles, users } from './schema';
import { hashPassword } from '@/lib/accounts/passwords';

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
  });
  return true;
}
