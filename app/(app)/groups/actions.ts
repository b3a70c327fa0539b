'use server';
import { revalidatePath } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { createPost, createReply, flagPost, getPeerProfile, hugPost, joinGroup, leaveGroup, setPeerProfile } from '@/lib/groups/service';
import { authedAction } from '@/lib/http/action';
import { aliasForm, flagForm, groupIdForm, hugForm, joinForm, postForm, replyForm } from './form-input';
import { outcome, refuse } from './outcome';

/** Joins a group; the first time, with the alias she chose (the only name other mothers see). */
export const joinGroupAction = authedAction(joinForm, async ({ db, viewer, input }) => {
  if (!input.alias && !(await getPeerProfile(db, viewer.id))) return refuse('alias_required', ['alias']);
  const result = await outcome(() => joinGroup(db, viewer, input.groupId, { alias: input.alias }));
  if (result.ok) revalidatePath('/groups');
  return result;
});

export const leaveGroupAction = authedAction(groupIdForm, async ({ db, viewer, input }) => {
  const result = await outcome(() => leaveGroup(db, viewer, input.groupId));
  if (result.ok) revalidatePath('/groups');
  return result;
});

export const setAliasAction = authedAction(aliasForm, async ({ db, viewer, input }) => outcome(() => setPeerProfile(db, viewer, input)));

/** Published (`published`), or waiting for a moderator (`held`); a nudge or a pause comes back as a refusal. */
export const createPostAction = authedAction(postForm, async ({ db, viewer, input }) =>
  outcome(async () => createPost(db, viewer, input.groupId, { ...input.post, locale: (await getLocale()) as 'vi' | 'en' })),
);

export const createReplyAction = authedAction(replyForm, async ({ db, viewer, input }) =>
  outcome(async () => createReply(db, viewer, input.postId, { ...input.reply, locale: (await getLocale()) as 'vi' | 'en' })),
);

export const hugAction = authedAction(hugForm, async ({ db, viewer, input }) => outcome(() => hugPost(db, viewer, input.postId, input.on)));

export const flagAction = authedAction(flagForm, async ({ db, viewer, input }) =>
  outcome(() => flagPost(db, viewer, input.postId, { reason: input.reason, note: input.note })),
);
