'use client';
import type { ActionState } from '@/lib/http/action';

/** Runs a server action; a dropped connection answers `null` instead of throwing away her work. */
export async function call<T>(action: (prev: ActionState<T>, fd: FormData) => Promise<ActionState<T>>, fields: Record<string, string> | FormData) {
  let fd = fields;
  if (!(fd instanceof FormData)) {
    fd = new FormData();
    for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  }
  try {
    return await action({ status: 'idle' }, fd);
  } catch {
    return null;
  }
}
