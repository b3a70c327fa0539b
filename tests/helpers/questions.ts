/** Calls for the expert Q&A routes, and the people who use them. */
import { GET as listRoute, POST as askRoute } from '@/app/api/v1/questions/route';
import { GET as similarRoute } from '@/app/api/v1/questions/similar/route';
import { GET as getRoute } from '@/app/api/v1/questions/[id]/route';
import { POST as answerRoute } from '@/app/api/v1/questions/[id]/answers/route';
import { POST as followupRoute } from '@/app/api/v1/questions/[id]/followups/route';
import { POST as acceptRoute } from '@/app/api/v1/answers/[id]/accept/route';
import { POST as choreRoute } from '@/app/api/v1/answers/[id]/suggestions/[index]/chore/route';
import { GET as applicationsRoute, POST as applyRoute } from '@/app/api/v1/experts/applications/route';
import { GET as myExpertRoute } from '@/app/api/v1/me/expert/route';
import { POST as decisionRoute } from '@/app/api/v1/admin/experts/[id]/decision/route';
import { GET as statsRoute } from '@/app/api/v1/admin/questions/stats/route';
import { call, makeUser, type TestUser } from './api';
import { expectStatus } from './village';

type Who = Pick<TestUser, 'cookie'> | undefined;
const o = (who: Who, extra: { body?: unknown; params?: Record<string, string>; headers?: Record<string, string> } = {}) => ({ cookie: who?.cookie, ...extra });
const qs = (query?: Record<string, string>) => (query && Object.keys(query).length ? `?${new URLSearchParams(query)}` : '');

export const qa = {
  list: (who: Who, query?: Record<string, string>) => call(listRoute, 'GET', `/api/v1/questions${qs(query)}`, o(who)),
  ask: (who: Who, body: unknown, headers?: Record<string, string>) => call(askRoute, 'POST', '/api/v1/questions', o(who, { body, headers })),
  similar: (who: Who, q: string) => call(similarRoute, 'GET', `/api/v1/questions/similar${qs({ q })}`, o(who)),
  get: (who: Who, id: string) => call(getRoute, 'GET', `/api/v1/questions/${id}`, o(who, { params: { id } })),
  answer: (who: Who, id: string, body: unknown) => call(answerRoute, 'POST', `/api/v1/questions/${id}/answers`, o(who, { body, params: { id } })),
  followup: (who: Who, id: string, body: unknown) => call(followupRoute, 'POST', `/api/v1/questions/${id}/followups`, o(who, { body, params: { id } })),
  accept: (who: Who, id: string) => call(acceptRoute, 'POST', `/api/v1/answers/${id}/accept`, o(who, { params: { id } })),
  toChore: (who: Who, id: string, index: number, body: unknown) =>
    call(choreRoute, 'POST', `/api/v1/answers/${id}/suggestions/${index}/chore`, o(who, { body, params: { id, index: String(index) } })),
  apply: (who: Who, body: unknown) => call(applyRoute, 'POST', '/api/v1/experts/applications', o(who, { body })),
  applications: (who: Who, query?: Record<string, string>) => call(applicationsRoute, 'GET', `/api/v1/experts/applications${qs(query)}`, o(who)),
  myExpert: (who: Who) => call(myExpertRoute, 'GET', '/api/v1/me/expert', o(who)),
  decide: (who: Who, userId: string, body: unknown) => call(decisionRoute, 'POST', `/api/v1/admin/experts/${userId}/decision`, o(who, { body, params: { id: userId } })),
  stats: (who: Who) => call(statsRoute, 'GET', '/api/v1/admin/questions/stats', o(who)),
};

export const APPLICATION = { profession: 'lactation_consultant', licenceNumber: 'IBCLC-12345', workplace: 'Từ Dũ Hospital', languages: ['vi', 'en'] };

export interface Clinic {
  mother: TestUser;
  other: TestUser;
  expert: TestUser;
  /** Applied, not verified. */
  applicant: TestUser;
  admin: TestUser;
}

/** Two mothers, a verified expert (applied and verified through the API), an applicant, an admin. */
export async function clinic(): Promise<Clinic> {
  const [mother, other, expert, applicant, admin] = await Promise.all([
    makeUser({ name: 'Lan' }),
    makeUser({ name: 'Minh' }),
    makeUser({ name: 'Dr Hạnh' }),
    makeUser({ name: 'Quân' }),
    makeUser({ name: 'Admin', role: 'admin' }),
  ]);
  expectStatus(await qa.apply(expert, APPLICATION), 201);
  expectStatus(await qa.decide(admin, expert.id, { action: 'verify' }), 200);
  expectStatus(await qa.apply(applicant, { ...APPLICATION, profession: 'nurse' }), 201);
  return { mother, other, expert, applicant, admin };
}
