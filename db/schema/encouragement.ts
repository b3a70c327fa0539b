import { index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { chores } from './chores';
import { circles } from './circles';

export const REACTIONS = ['heart', 'hug', 'thanks', 'strong'] as const;
export const SUPPORT_KINDS = ['rest', 'food', 'hold_baby', 'company', 'ride', 'other'] as const;
export const SUPPORT_STATUSES = ['open', 'answered', 'cancelled'] as const;

export const reactionEnum = pgEnum('reaction', REACTIONS);
export const supportKindEnum = pgEnum('support_kind', SUPPORT_KINDS);
export const supportStatusEnum = pgEnum('support_status', SUPPORT_STATUSES);

/** Short notes from the family to the mother. Stored and always shown as plain text. */
export const encouragements = pgTable(
  'encouragements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    circleId: uuid('circle_id')
      .notNull()
      .references(() => circles.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    message: text('message').notNull(),
    /** A pledge ("I'll take the 2 a.m. feed") becomes a chore claimed by the author. */
    pledgeChoreId: uuid('pledge_chore_id').references(() => chores.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('encouragements_circle_created_idx').on(t.circleId, t.createdAt)],
);

export const encouragementReactions = pgTable(
  'encouragement_reactions',
  {
    encouragementId: uuid('encouragement_id')
      .notNull()
      .references(() => encouragements.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reaction: reactionEnum('reaction').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.encouragementId, t.userId, t.reaction] })],
);

export const supportRequests = pgTable(
  'support_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    circleId: uuid('circle_id')
      .notNull()
      .references(() => circles.id, { onDelete: 'cascade' }),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: supportKindEnum('kind').notNull(),
    note: text('note'),
    status: supportStatusEnum('status').notNull().default('open'),
    answeredBy: uuid('answered_by').references(() => users.id, { onDelete: 'set null' }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('support_requests_circle_created_idx').on(t.circleId, t.createdAt)],
);

export type Encouragement = typeof encouragements.$inferSelect;
export type SupportRequest = typeof supportRequests.$inferSelect;
