import 'server-only';
import type { Db } from '@/db/client';
import { releaseLapsedClaims } from '@/lib/chores/service';
import { endElapsedRests } from '@/lib/encouragement/service';
import { deliverDueNotifications } from '@/lib/notifications/service';

/**
 * Time-driven work: lapsed claims go back to the circle, held notifications go out when she
 * wakes, finished rests are announced. Every step is a conditional statement, so several
 * instances can sweep at once without doing anything twice.
 */
export async function sweepOnce(db: Db) {
  const lapsed = await releaseLapsedClaims(db);
  const woke = await endElapsedRests(db);
  const delivered = await deliverDueNotifications(db);
  return { lapsed, woke, delivered };
}

export function startSweeper(db: Db, everyMs = 30_000): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await sweepOnce(db);
    } catch (err) {
      console.error('sweeper failed', err);
    } finally {
      running = false;
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
