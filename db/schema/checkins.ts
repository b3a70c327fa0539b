import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, real, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { circles } from './circles';

/** Her private daily check-in: readable by her alone, through every route and event. */
export const checkins = pgTable(
  'checkins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Her local calendar day. */
    date: date('date', { mode: 'string' }).notNull(),
    mood: integer('mood').notNull(),
    sleepHours: real('sleep_hours').notNull(),
    stress: integer('stress').notNull(),
    appetite: integer('appetite').notNull(),
    waterGlasses: integer('water_glasses'),
    meals: integer('meals'),
    selfHarmThoughts: boolean('self_harm_thoughts'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('checkins_user_date_unique').on(t.userId, t.date),
    index('checkins_user_date_idx').on(t.userId, t.date),
    check('checkins_mood_range', sql`${t.mood} between 1 and 5`),
    check('checkins_stress_range', sql`${t.stress} between 1 and 5`),
    check('checkins_appetite_range', sql`${t.appetite} between 1 and 5`),
  ],
);

/** A short summary she chose to show her circle (only sleep and what would help, never mood). */
export const checkinShares = pgTable('checkin_shares', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  circleId: uuid('circle_id')
    .notNull()
    .references(() => circles.id, { onDelete: 'cascade' }),
  date: date('date', { mode: 'string' }).notNull(),
  sleepHours: real('sleep_hours').notNull(),
  suggestionTemplateKey: text('suggestion_template_key'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The one person she chose to alert when she is not safe (a member of one of her circles). */
export const trustedContacts = pgTable('trusted_contacts', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  contactUserId: uuid('contact_user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type Checkin = typeof checkins.$inferSelect;
