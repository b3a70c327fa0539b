import { describe, expect, it } from 'vitest';
import { createCircleInput, createInvitationInput, invitationCodeSchema } from '@/lib/circles/input';

describe('invitation code input', () => {
  it.each([
    ['ABCD-2345', 'ABCD2345'],
    ['abcd-2345', 'ABCD2345'],
    ['abcd2345', 'ABCD2345'],
    ['  AbCd 2345 ', 'ABCD2345'],
    ['ab-cd-23-45', 'ABCD2345'],
  ])('%j → %s', (input, expected) => {
    expect(invitationCodeSchema.parse(input)).toBe(expected);
  });

  it.each(['', 'ABCD-234', 'ABCD-23456', 'ABCD-2301', 'ABCD_2345', 'ABCD-2345; drop'])('refuses %j', (input) => {
    const result = invitationCodeSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0].message).toMatch(/8 letters and digits/);
  });
});

describe('circle inputs', () => {
  it('trims the circle name and requires one', () => {
    expect(createCircleInput.parse({ name: '  Nhà Mai  ' })).toEqual({ name: 'Nhà Mai' });
    expect(createCircleInput.safeParse({ name: '   ' }).success).toBe(false);
    expect(createCircleInput.safeParse({ name: 'x'.repeat(61) }).success).toBe(false);
  });

  it('invites anyone but a second mother', () => {
    expect(createInvitationInput.parse({ relationship: 'grandparent' })).toEqual({ relationship: 'grandparent' });
    expect(createInvitationInput.safeParse({ relationship: 'mother' }).success).toBe(false);
    expect(createInvitationInput.safeParse({}).success).toBe(false);
  });
});
