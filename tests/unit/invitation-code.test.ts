import { describe, expect, it } from 'vitest';
import { formatInvitationCode, generateInvitationCode, INVITATION_TTL_MS, invitationState } from '@/lib/circles/invitation-code';

const DAY = 24 * 60 * 60 * 1000;

describe('invitation state', () => {
  const created = new Date('2025-03-01T08:00:00Z');
  const expiresAt = new Date(created.getTime() + INVITATION_TTL_MS);
  const base = { expiresAt, acceptedAt: null, revokedAt: null };

  it('lives for seven days', () => {
    expect(INVITATION_TTL_MS).toBe(7 * DAY);
  });

  it('is pending until the seventh day', () => {
    expect(invitationState(base, created)).toBe('pending');
    expect(invitationState(base, new Date(expiresAt.getTime() - 1))).toBe('pending');
  });

  it('is expired at exactly seven days and after', () => {
    expect(invitationState(base, new Date(created.getTime() + 7 * DAY))).toBe('expired');
    expect(invitationState(base, new Date(expiresAt.getTime() + DAY))).toBe('expired');
  });

  it('is accepted once used, even after it would have expired', () => {
    const accepted = { ...base, acceptedAt: new Date(created.getTime() + DAY) };
    expect(invitationState(accepted, created)).toBe('accepted');
    expect(invitationState(accepted, new Date(expiresAt.getTime() + DAY))).toBe('accepted');
  });

  it('is revoked once revoked', () => {
    const revoked = { ...base, revokedAt: new Date(created.getTime() + DAY) };
    expect(invitationState(revoked, created)).toBe('revoked');
    expect(invitationState(revoked, new Date(expiresAt.getTime() + DAY))).toBe('revoked');
  });
});

describe('invitation codes', () => {
  it('are 8 characters without look-alikes (0/O, 1/I/L)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const code = generateInvitationCode();
      expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);
      seen.add(code);
    }
    // Random, not a counter: 2000 draws out of 31^8 should not collide.
    expect(seen.size).toBe(2000);
    const all = [...seen].join('');
    for (const c of '01OIL') expect(all).not.toContain(c);
  });

  it('are shown as ABCD-2345', () => {
    expect(formatInvitationCode('ABCD2345')).toBe('ABCD-2345');
    expect(formatInvitationCode(generateInvitationCode())).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  });
});
