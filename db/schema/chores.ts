import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { circles } from './circles';

export const CHORE_CATEGORIES = ['meals', 'water_snacks', 'baby_care', 'night_shift', 'laundry', 'cleaning', 'errands', 'visit', 'other'] as const;
export const CHORE_STATUSES = ['open', 'claimed', 'done'] as const;

export const choreCategoryEnum = pgEnum('chore_category', CHORE_CATEGORIES);
export const choreStatusEnum = pgEnum('chore_status', CHORE_STATUSES);

/** daily at HH:MM; every N hours; weekly on days (0 = Sunday) at HH:MM — times in the circle's zone. */
export type Recurrence =
  | { kind: 'daily'; time: string }
  | { kind: 'hours'; every: number }
  | { kind: 'weekly'; days: number[]; time: string };

export const chores = pgTable(
  'chores',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    circleId: uuid('circle_id')
      .notNull()
      .references(() => circles.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    category: choreCategoryEnum('category').notNull(),
    notes: text('notes'),
    dueAt: timestamp('due_at', { withTimezone: true }),
    recurrence: jsonb('recurrence').$type<Recurrence>(),
    effort: integer('effort').notNull().default(1),
    /** Visits only: how long the visitor stays, at most. */
    visitMinutes: integer('visit_minutes'),
    /** Rest this buys the mother when done (night shift: sleep), for the weekly picture. */
    restMinutes: integer('rest_minutes').notNull().default(0),
    templateKey: text('template_key'),
    status: choreStatusEnum('status').notNull().default('open'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    claimedBy: uuid('claimed_by').references(() => users.id, { onDelete: 'set null' }),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    completedBy: uuid('completed_by').references(() => users.id, { onDelete: 'set null' }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** Set when a claim lapsed past the due time and the chore went back to the circle. */
    lapsedAt: timestamp('lapsed_at', { withTimezone: true }),
    /** The occurrence this one follows, for recurring chores. */
    previousId: uuid('previous_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('chores_circle_updated_idx').on(t.circleId, t.updatedAt),
    index('chores_circle_due_idx').on(t.circleId, t.dueAt),
    index('chores_claimed_due_idx').on(t.dueAt).where(sql`${t.status} = 'claimed'`),
    check('chores_effort_range', sql`${t.effort} between 1 and 3`),
  ],
);

export type Chore = typeof chores.$inferSelect;
