import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { appSettings, auditLog } from '@/db/schema';
import type { Viewer } from '@/lib/accounts/viewer';
import { getEnv } from '@/lib/env';
import { forbidden } from '@/lib/http/errors';
import type { SafetySettings } from './input';

const SAFETY_KEY = 'safety';

/** Where to get help now: the emergency number and a crisis line, as an admin set them. */
export async function getSafetySettings(db: Db): Promise<SafetySettings> {
  const [row] = await db.select().from(appSettings).where(eq(appSettings.key, SAFETY_KEY));
  if (row) return row.value as SafetySettings;
  return { emergencyNumber: getEnv().EMERGENCY_NUMBER, crisisLine: null };
}

export async function updateSafetySettings(db: Db, viewer: Viewer, input: SafetySettings): Promise<SafetySettings> {
  if (viewer.role !== 'admin') throw forbidden('Only an admin can change this');
  await db.transaction(async (tx) => {
    await tx
      .insert(appSettings)
      .values({ key: SAFETY_KEY, value: input, updatedBy: viewer.id })
      .onConflictDoUpdate({ target: appSettings.key, set: { value: input, updatedBy: viewer.id, updatedAt: sql`now()` } });
    await tx.insert(auditLog).values({ actorId: viewer.id, action: 'settings.safety.update', subject: SAFETY_KEY, data: input });
  });
  return input;
}
