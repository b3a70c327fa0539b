import 'server-only';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import type { Viewer } from '@/lib/accounts/viewer';
import { AppError } from '@/lib/http/errors';
import { getQuestion } from '@/lib/questions/service';

/** The question and its thread as this viewer may see them (once per request); any unknown id is a 404. */
export const loadQuestion = cache(async (viewer: Viewer, rawId: string) => {
  const id = z.uuid().safeParse(rawId);
  if (!id.success) notFound();
  try {
    return await getQuestion(await getDb(), viewer, id.data);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') notFound();
    throw err;
  }
});
