import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';

export const POST_WANTS = ['listen', 'advice'] as const;
export const POST_STATUSES = ['published', 'held', 'hidden', 'rejected'] as const;
export const FLAG_REASONS = ['comparison', 'unkind', 'unsafe_advice', 'spam', 'other'] as const;
export const MODERATION_REASONS = ['comparison', 'watched_word', 'new_account', 'flags'] as const;
export const MODERATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const WATCHED_ACTIONS = ['block', 'hold', 'flag', 'censor'] as const;

export const postWantsEnum = pgEnum('post_wants', POST_WANTS);
export const postStatusEnum = pgEnum('post_status', POST_STATUSES);
export const flagReasonEnum = pgEnum('flag_reason', FLAG_REASONS);
export const moderationReasonEnum = pgEnum('moderation_reason', MODERATION_REASONS);
export const moderationStatusEnum = pgEnum('moderation_status', MODERATION_STATUSES);
export const watchedActionEnum = pgEnum('watched_action', WATCHED_ACTIONS);

/** Topic groups for mothers. Names and descriptions in both languages. */
export const peerGroups = pgTable('peer_groups', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  descriptionVi: text('description_vi').notNull(),
  descriptionEn: text('description_en').notNull(),
  /** Slow mode: a member may post (or reply) once per this many minutes; 0 = off. */
  slowModeMinutes: integer('slow_mode_minutes').notNull().default(0),
  position: integer('position').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Who she is in the groups: an alias, never her e-mail or her family's names. `id` is what
 * other members and moderators see; it is not her user id, so nothing links a post to her circle.
 */
export const peerProfiles = pgTable(
  'peer_profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .unique()
      .references(() => users.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    silencedUntil: timestamp('silenced_until', { withTimezone: true }),
    silenceReason: text('silence_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('peer_profiles_alias_lower_idx').on(sql`lower(${t.alias})`)],
);

export const groupMembers = pgTable(
  'group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => peerGroups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index('group_members_user_idx').on(t.userId)],
);

/**
 * Posts and replies (a reply has `parentId`). The author's profile survives as "a former
 * member" when she deletes her account (`authorProfileId` set null).
 */
export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => peerGroups.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => posts.id, { onDelete: 'cascade' }),
    authorProfileId: uuid('author_profile_id').references(() => peerProfiles.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    /** For a post: which replies she wants. */
    wants: postWantsEnum('wants').notNull().default('listen'),
    /** For a reply: it gives advice (collapsed under a "just listen" post). */
    isAdvice: boolean('is_advice').notNull().default(false),
    status: postStatusEnum('status').notNull(),
    rejectReason: text('reject_reason'),
    replyCount: integer('reply_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    editedAt: timestamp('edited_at', { withTimezone: true }),
  },
  (t) => [
    // The feed: newest published posts of a group, paged by (published_at, id).
    index('posts_feed_idx')
      .on(t.groupId, t.publishedAt.desc(), t.id.desc())
      .where(sql`${t.parentId} is null and ${t.status} = 'published'`),
    index('posts_parent_idx').on(t.parentId, t.createdAt),
    index('posts_author_idx').on(t.authorProfileId, t.createdAt),
    // Her own posts still waiting (held, hidden, rejected): the top of her feed.
    index('posts_author_pending_idx').on(t.authorProfileId, t.groupId).where(sql`${t.status} <> 'published'`),
  ],
);

/** "I hear you": only the author sees how many. */
export const postHugs = pgTable(
  'post_hugs',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] })],
);

export const postFlags = pgTable(
  'post_flags',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: flagReasonEnum('reason').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] })],
);

/** One review of one post: held at posting, or flagged. At most one pending per post. */
export const moderationItems = pgTable(
  'moderation_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    reason: moderationReasonEnum('reason').notNull(),
    /** The guard's findings and the watched words that matched, for the reviewer. */
    findings: jsonb('findings').$type<{ start: number; end: number; kind: string }[]>().notNull().default([]),
    status: moderationStatusEnum('status').notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionReason: text('decision_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('moderation_items_pending_post_idx').on(t.postId).where(sql`${t.status} = 'pending'`),
    index('moderation_items_queue_idx').on(t.status, t.createdAt),
  ],
);

/** Watched words: `groupId` null = every group. */
export const watchedWords = pgTable(
  'watched_words',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id').references(() => peerGroups.id, { onDelete: 'cascade' }),
    word: text('word').notNull(),
    action: watchedActionEnum('action').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('watched_words_scope_word_idx').on(sql`coalesce(${t.groupId}::text, '')`, sql`lower(${t.word})`)],
);

export type PeerGroup = typeof peerGroups.$inferSelect;
export type PeerProfile = typeof peerProfiles.$inferSelect;
export type Post = typeof posts.$inferSelect;
export type ModerationItem = typeof moderationItems.$inferSelect;
export type WatchedWordRow = typeof watchedWords.$inferSelect;
