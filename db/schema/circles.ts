import { index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';

export const RELATIONSHIPS = ['mother', 'partner', 'grandparent', 'sibling', 'friend', 'other'] as const;
export const INVITABLE_RELATIONSHIPS = ['partner', 'grandparent', 'sibling', 'friend', 'other'] as const;
export const CIRCLE_ROLES = ['owner', 'member'] as const;

export const relationshipEnum = pgEnum('relationship', RELATIONSHIPS);
export const circleRoleEnum = pgEnum('circle_role', CIRCLE_ROLES);

export const circles = pgTable('circles', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  ownerId: uuid('owner_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** The circle's clock: due times, "today" and recurrences are read in this zone. */
  timeZone: text('time_zone').notNull().default('Asia/Ho_Chi_Minh'),
  /** No visits between these local times (HH:MM); the span may cross midnight. */
  quietHoursStart: text('quiet_hours_start').notNull().default('21:00'),
  quietHoursEnd: text('quiet_hours_end').notNull().default('08:00'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const circleMembers = pgTable(
  'circle_members',
  {
    circleId: uuid('circle_id')
      .notNull()
      .references(() => circles.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: circleRoleEnum('role').notNull().default('member'),
    relationship: relationshipEnum('relationship').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.circleId, t.userId] }), index('circle_members_user_idx').on(t.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    circleId: uuid('circle_id')
      .notNull()
      .references(() => circles.id, { onDelete: 'cascade' }),
    code: text('code').notNull().unique(),
    relationship: relationshipEnum('relationship').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('invitations_circle_idx').on(t.circleId)],
);

export type Circle = typeof circles.$inferSelect;
export type CircleMember = typeof circleMembers.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
