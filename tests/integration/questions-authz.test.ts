/** Every expert Q&A endpoint: anonymous → 401; the wrong person → 403 or 404; nothing changes. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetEnv } from '@/lib/env';
import { setupTestDatabase } from '../helpers/db';
import { APPLICATION, clinic, qa, type Clinic } from '../helpers/questions';
import type { CallResult } from '../helpers/api';
import { expectStatus, family } from '../helpers/village';

setupTestDatabase({ beforeAll, afterAll, beforeEach });

beforeAll(() => {
  process.env.RATE_LIMITS = 'off';
  resetEnv();
});

let c: Clinic;
let questionId: string;
let answerId: string;
beforeEach(async () => {
  c = await clinic();
  questionId = expectStatus(await qa.ask(c.mother, { title: 'Câu hỏi thử', body: 'Nội dung câu hỏi thử nghiệm.', tags: ['other'] }), 201).body.question.id;
  answerId = expectStatus(await qa.answer(c.expert, questionId, { body: 'Trả lời', suggestions: [{ title: 'Nấu cơm', category: 'meals' }] }), 201).body.id;
});

type Who = { cookie: string } | undefined;

describe(`expert Q&A: who may do what (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('anonymous callers get 401 everywhere', async () => {
    const calls: [string, (w: Who) => Promise<CallResult>][] = [
      ['list', (w) => qa.list(w)],
      ['ask', (w) => qa.ask(w, { title: 'x'.repeat(10), body: 'y'.repeat(20), tags: ['other'] })],
      ['similar', (w) => qa.similar(w, 'sữa')],
      ['get', (w) => qa.get(w, questionId)],
      ['answer', (w) => qa.answer(w, questionId, { body: 'x' })],
      ['followup', (w) => qa.followup(w, questionId, { body: 'x' })],
      ['accept', (w) => qa.accept(w, answerId)],
      ['to chore', (w) => qa.toChore(w, answerId, 0, { circleId: questionId })],
      ['apply', (w) => qa.apply(w, APPLICATION)],
      ['applications', (w) => qa.applications(w)],
      ['my expert', (w) => qa.myExpert(w)],
      ['decide', (w) => qa.decide(w, c.applicant.id, { action: 'verify' })],
      ['stats', (w) => qa.stats(w)],
    ];
    for (const [name, run] of calls) {
      const res = await run(undefined);
      expect(res.status, name).toBe(401);
    }
  });

  it('admin-only endpoints refuse experts and mothers (403), and the application stays pending', async () => {
    for (const who of [c.mother, c.expert, c.applicant]) {
      expect((await qa.applications(who)).status).toBe(403);
      expect((await qa.decide(who, c.applicant.id, { action: 'verify' })).status).toBe(403);
      expect((await qa.stats(who)).status).toBe(403);
    }
    expect((await qa.myExpert(c.applicant)).body.application.status).toBe('pending');
  });

  it('the asker’s own actions refuse everyone else; a suggestion is not a door into someone’s circle', async () => {
    const f = await family();
    expect((await qa.accept(c.other, answerId)).status).toBe(403);
    expect((await qa.followup(c.expert, questionId, { body: 'x' })).status).toBe(403);
    expect((await qa.toChore(c.other, answerId, 0, { circleId: f.circle.id })).status).toBe(404);
    // The asker herself cannot add to a circle she is not in.
    expect((await qa.toChore(c.mother, answerId, 0, { circleId: f.circle.id })).status).toBe(404);
    expect((await qa.get(c.mother, questionId)).body.question.acceptedAnswerId).toBeNull();
  });

  it('unknown ids are 404', async () => {
    const nobody = '00000000-0000-4000-8000-000000000000';
    expect((await qa.get(c.mother, nobody)).status).toBe(404);
    expect((await qa.answer(c.expert, nobody, { body: 'x' })).status).toBe(404);
    expect((await qa.accept(c.mother, nobody)).status).toBe(404);
    expect((await qa.decide(c.admin, nobody, { action: 'verify' })).status).toBe(404);
  });
});
