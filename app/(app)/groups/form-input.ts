import { z } from 'zod';
import { FLAG_REASONS, POST_WANTS } from '@/db/schema/groups';
import { createPostInput, createReplyInput, flagInput, joinGroupInput, peerProfileInput } from '@/lib/groups/input';

const id = z.uuid();
/** A hidden "1" when she has seen the nudge and chose to post anyway. */
const confirmed = z
  .literal('1')
  .optional()
  .transform((v) => v === '1');

/** The group forms are flat (FormData); each folds into the one input the API uses, so its rules apply unchanged. */
export const joinForm = z.object({ groupId: id }).extend(joinGroupInput.shape);
export const groupIdForm = z.object({ groupId: id });
export const aliasForm = peerProfileInput;

export const postForm = z
  .object({ groupId: id, body: z.string().optional(), wants: z.enum(POST_WANTS).optional(), confirm: confirmed })
  .transform((f) => ({ groupId: f.groupId, post: { body: f.body ?? '', wants: f.wants, confirm: f.confirm } as z.input<typeof createPostInput> }))
  .pipe(z.object({ groupId: id, post: createPostInput }));

export const replyForm = z
  .object({ postId: id, body: z.string().optional(), advice: z.literal('on').optional(), confirm: confirmed })
  .transform((f) => ({ postId: f.postId, reply: { body: f.body ?? '', advice: f.advice === 'on', confirm: f.confirm } as z.input<typeof createReplyInput> }))
  .pipe(z.object({ postId: id, reply: createReplyInput }));

export const hugForm = z.object({ postId: id, on: z.enum(['1', '0']).transform((v) => v === '1') });

export const flagForm = z.object({ postId: id, reason: z.enum(FLAG_REASONS), note: flagInput.shape.note });
