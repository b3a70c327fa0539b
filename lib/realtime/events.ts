import type { CircleMemberView } from '@/lib/circles/serialize';

/** Every live event, with the record it carries. Extended by each capability. */
export interface ServerEvents {
  'circle:member_joined': CircleMemberView & { circleId: string };
  'circle:member_left': { circleId: string; userId: string; reason: 'left' | 'removed' };
}
