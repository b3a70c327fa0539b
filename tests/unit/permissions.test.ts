import { describe, expect, it } from 'vitest';
import { can, CIRCLE_PERMISSIONS, CIRCLE_ROLE_PERMISSIONS, type CirclePermission, type CircleRole } from '@/lib/circles/permissions';

// The whole table, written out: a change to who may do what must change this test too.
const EXPECTED: Record<CircleRole, Record<CirclePermission, boolean>> = {
  owner: {
    'circle.view': true,
    'circle.invite': true,
    'circle.remove_member': true,
    'circle.leave': false,
    'chore.create': true,
    'chore.claim': true,
    'encouragement.send': false,
    'encouragement.react': true,
    'support.request': true,
    'support.answer': false,
    'rest.set': true,
  },
  member: {
    'circle.view': true,
    'circle.invite': false,
    'circle.remove_member': false,
    'circle.leave': true,
    'chore.create': true,
    'chore.claim': true,
    'encouragement.send': true,
    'encouragement.react': false,
    'support.request': false,
    'support.answer': true,
    'rest.set': false,
  },
};

describe('circle permissions', () => {
  it('covers every role and permission', () => {
    expect(Object.keys(CIRCLE_ROLE_PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const role of Object.keys(EXPECTED) as CircleRole[]) {
      expect(Object.keys(EXPECTED[role]).sort()).toEqual([...CIRCLE_PERMISSIONS].sort());
    }
  });

  for (const role of Object.keys(EXPECTED) as CircleRole[]) {
    for (const permission of CIRCLE_PERMISSIONS) {
      const allowed = EXPECTED[role][permission];
      it(`${role} ${allowed ? 'may' : 'may not'} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    }
  }

  it('the owner cannot leave her own circle', () => {
    expect(can('owner', 'circle.leave')).toBe(false);
  });

  it('a member can neither invite nor remove', () => {
    expect(can('member', 'circle.invite')).toBe(false);
    expect(can('member', 'circle.remove_member')).toBe(false);
  });

  it('no membership grants nothing', () => {
    for (const permission of CIRCLE_PERMISSIONS) {
      expect(can(null, permission)).toBe(false);
      expect(can(undefined, permission)).toBe(false);
    }
  });
});
