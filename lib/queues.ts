import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { metrics } from './metrics';

/** Reads the sizes of what is waiting into the metrics gauges (on each /metrics scrape). */
export async function refreshQueueSizes(db: Db) {
  const rows = (await db.execute(sql`
    select
      (select count(*) from notifications where delivered_at is null)::int as held_notifications,
      (select count(*) from moderation_items where status = 'pending')::int as moderation,
      (select count(*) from questions where status = 'open')::int as open_questions,
      (select count(*) from questions where status = 'open' and urgent)::int as urgent_questions`)) as unknown;
  const row = (Array.isArray(rows) ? rows[0] : (rows as { rows: Record<string, number>[] }).rows[0]) as Record<string, number>;
  const gauge = metrics().queueSize;
  for (const [queue, n] of Object.entries(row)) gauge.set({ queue }, Number(n));
  return row;
}
