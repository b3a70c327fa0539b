import type { CircleMember } from '@/db/schema/circles';

/** Named circle permissions, granted to circle roles in one table. */
export const CIRCLE_PERMISSIONS = [
  'circle.view',
  'circle.invite',
  'circle.remove_member',
  'circle.leave',
  'chore.create',
  'chore.claim',
  'encouragement.send',
  'encouragement.react',
  'support.request',
  'support.answer',
  'rest.set',
] as const;

export type CirclePermission = (typeof CIRCLE_PERMISSIONS)[number];
export type CircleRole = CircleMember['role'];

export const CIRCLE_ROLE_PERMISSIONS: Record<CircleRole, ReadonlySet<CirclePermission>> = {
  // The mother owns her circle: she decides who is in it. She cannot leave her own circle.
  // Encouragement is written to her, support requests and rest mode are hers: she asks, they answer.
  owner: new Set(['circle.view', 'circle.invite', 'circle.remove_member', 'chore.create', 'chore.claim', 'encouragement.react', 'support.request', 'rest.set']),
  member: new Set(['circle.view', 'circle.leave', 'chore.create', 'chore.claim', 'encouragement.send', 'support.answer']),
};

export function can(role: CircleRole | null | undefined, permission: CirclePermission): boolean {
  return role ? CIRCLE_ROLE_PERMISSIONS[role].has(permission) : false;
}
