import 'server-only';
import { notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import type { Viewer } from '@/lib/accounts/viewer';
import { getGroup, getPeerProfile } from '@/lib/groups/service';
import { AppError } from '@/lib/http/errors';

/** The group in her language, whether she belongs, and her alias; an unknown or malformed id is a 404. */
export async function loadGroup(viewer: Viewer, rawId: string) {
  const id = z.uuid().safeParse(rawId);
  if (!id.success) notFound();
  const db = await getDb();
  try {
    const [group, profile, locale] = await Promise.all([getGroup(db, viewer, id.data), getPeerProfile(db, viewer.id), getLocale()]);
    const lang = locale === 'en' ? 'en' : 'vi';
    return { ...group, name: group.name[lang], description: group.description[lang], alias: profile?.alias ?? null };
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') notFound();
    throw err;
  }
}

export type LoadedGroup = Awaited<ReturnType<typeof loadGroup>>;

/** Whether the domain said "join first" (403): the page shows the join prompt, not an error. */
export const isNotMember = (err: unknown) => err instanceof AppError && err.code === 'forbidden';
