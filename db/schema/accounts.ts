import { integer, pgEnum, pgTable, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

export const LOCALES = ['vi', 'en'] as const;
export const USER_ROLES = ['mother', 'member', 'expert', 'moderator', 'admin'] as const;

export const localeEnum = pgEnum('locale', LOCALES);
export const userRoleEnum = pgEnum('user_role', USER_ROLES);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    locale: localeEnum('locale').notNull().default('vi'),
    role: userRoleEnum('role').notNull().default('mother'),
    // Bumped by "sign out everywhere": every JWT carrying an older version stops working.
    sessionVersion: integer('session_version').notNull().default(1),
    /** Rest mode: while in the future, her notifications wait and the circle keeps quiet. */
    restingUntil: timestamp('resting_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_lower_idx').on(sql`lower(${t.email})`)],
);

export type User = typeof users.$inferSelect;
