import { z } from 'zod';
import { LOCALES } from '@/db/schema/accounts';
import { FLAG_REASONS, POST_WANTS } from '@/db/schema/groups';

/** The language of the nudge's explanation and suggestion; default: the account's. */
const locale = z.enum(LOCALES).optional();

export const ALIAS_MIN = 3;
export const ALIAS_MAX = 30;
export const POST_MAX = 4_000;
export const REPLY_MAX = 2_000;

export const aliasSchema = z
  .string()
  .trim()
  .min(ALIAS_MIN, `Use at least ${ALIAS_MIN} characters`)
  .max(ALIAS_MAX, `Use at most ${ALIAS_MAX} characters`)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, 'Use letters, numbers, spaces, dots, dashes');

export const peerProfileInput = z.object({ alias: aliasSchema });
export const joinGroupInput = z.object({ alias: aliasSchema.optional() });

export const createPostInput = z.object({
  body: z.string().trim().min(1, 'Write a few words').max(POST_MAX, `Keep it under ${POST_MAX} characters`),
  wants: z.enum(POST_WANTS).default('listen'),
  /** She has seen the comparison nudge and posts anyway: the post waits for a moderator. */
  confirm: z.boolean().default(false),
  locale,
});

export const createReplyInput = z.object({
  body: z.string().trim().min(1, 'Write a few words').max(REPLY_MAX, `Keep it under ${REPLY_MAX} characters`),
  /** The reply gives advice: folded away under a "just listen" post. */
  advice: z.boolean().default(false),
  confirm: z.boolean().default(false),
  locale,
});

export const previewInput = z.object({
  groupId: z.uuid({ message: 'Not a valid id' }),
  body: z.string().max(POST_MAX, `Keep it under ${POST_MAX} characters`),
  locale,
});

export const flagInput = z.object({
  reason: z.enum(FLAG_REASONS),
  note: z.string().trim().max(300, 'Keep it under 300 characters').optional(),
});

export const listPostsQuery = z.object({
  /** The `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const groupParams = z.object({ id: z.uuid({ message: 'Not a valid id' }) });
export const postParams = groupParams;

export type PeerProfileInput = z.infer<typeof peerProfileInput>;
export type CreatePostInput = z.infer<typeof createPostInput>;
export type CreateReplyInput = z.infer<typeof createReplyInput>;
export type FlagInput = z.infer<typeof flagInput>;
export type ListPostsQuery = z.infer<typeof listPostsQuery>;
