import { sql } from 'drizzle-orm';
import { index, jsonb, pgEnum, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { circles } from './circles';

export const NOTIFICATION_KINDS = [
  'chore_created',
  'chore_claimed',
  'chore_done',
  'chore_lapsed',
  'encouragement',
  'support_requested',
  'support_answered',
  'member_joined',
  'checkin_shared',
  'trusted_alert',
  'post_replied',
  'post_approved',
  'post_rejected',
  'question_answered',
  'question_followup',
  'expert_decision',
] as const;

export const notificationKindEnum = pgEnum('notification_kind', NOTIFICATION_KINDS);

/**
 * One row per person per thing that happened. `deliverAt` is later than `createdAt` when the
 * mother was resting: the notification waits until she wakes.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    circleId: uuid('circle_id').references(() => circles.id, { onDelete: 'cascade' }),
    kind: notificationKindEnum('kind').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** What the notification is about, as small plain data (ids, titles, names). */
    data: jsonb('data').$type<Record<string, string | number | null>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deliverAt: timestamp('deliver_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when the held notification was pushed live (for rest mode). */
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_deliver_idx').on(t.userId, t.deliverAt),
    index('notifications_pending_idx').on(t.deliverAt).where(sql`${t.deliveredAt} is null`),
  ],
);

export type Notification = typeof notifications.$inferSelect;
