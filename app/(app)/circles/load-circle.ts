import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import type { Viewer } from '@/lib/accounts/viewer';
import { circleIdSchema } from '@/lib/circles/input';
import { getCircle } from '@/lib/circles/service';
import { AppError } from '@/lib/http/errors';

/** The circle if she belongs to it; any other id (malformed, unknown, someone else's) is a 404. */
export async function loadCircle(viewer: Viewer, rawId: string) {
  const id = circleIdSchema.safeParse(rawId);
  if (!id.success) notFound();
  try {
    return await getCircle(await getDb(), viewer, id.data);
  } catch (err) {
    if (err instanceof AppError && (err.code === 'not_found' || err.code === 'forbidden')) notFound();
    throw err;
  }
}
