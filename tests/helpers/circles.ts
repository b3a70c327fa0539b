import { POST as createCircleRoute } from '@/app/api/v1/circles/route';
import { POST as createInvitationRoute } from '@/app/api/v1/circles/[id]/invitations/route';
import { POST as acceptRoute } from '@/app/api/v1/invitations/[code]/accept/route';
import { call, makeUser, type TestUser } from './api';

export async function createCircle(owner: TestUser, name = 'Mai’s circle'): Promise<{ id: string; name: string }> {
  const res = await call(createCircleRoute, 'POST', '/api/v1/circles', { cookie: owner.cookie, body: { name } });
  if (res.status !== 201) throw new Error(`create circle: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function invite(owner: TestUser, circleId: string, relationship = 'partner') {
  const res = await call(createInvitationRoute, 'POST', `/api/v1/circles/${circleId}/invitations`, {
    cookie: owner.cookie,
    body: { relationship },
    params: { id: circleId },
  });
  if (res.status !== 201) throw new Error(`invite: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; code: string; url: string; expiresAt: string; relationship: string };
}

export async function accept(user: TestUser, code: string) {
  return call(acceptRoute, 'POST', `/api/v1/invitations/${code}/accept`, { cookie: user.cookie, params: { code } });
}

/** A mother with a circle and a partner who joined it by invitation. */
export async function familyWithPartner() {
  const mother = await makeUser({ name: 'Mai' });
  const partner = await makeUser({ name: 'Tuan', role: 'member' });
  const circle = await createCircle(mother);
  const invitation = await invite(mother, circle.id, 'partner');
  const joined = await accept(partner, invitation.code);
  if (joined.status !== 200) throw new Error(`accept: ${joined.status} ${JSON.stringify(joined.body)}`);
  return { mother, partner, circle };
}
