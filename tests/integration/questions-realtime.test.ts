/**
 * Expert Q&A live: verified experts hear new questions in their queue; the asker hears
 * question:answered (and the notification) on her own sockets; nobody else does.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../helpers/db';
import { clinic, qa, type Clinic } from '../helpers/questions';
import { recordAll, settle, setupRealtimeServer, waitFor } from '../helpers/sockets';
import { expectStatus } from '../helpers/village';

setupTestDatabase({ beforeAll, afterAll, beforeEach });
const server = setupRealtimeServer({ beforeAll, afterAll, afterEach });

let c: Clinic;
beforeEach(async () => {
  c = await clinic();
});

describe(`expert Q&A live (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('a question reaches verified experts at once; the answer reaches the asker live, and nobody else', async () => {
    const [expert, applicant, mother, other] = await Promise.all([
      server.connect(c.expert.cookie),
      server.connect(c.applicant.cookie),
      server.connect(c.mother.cookie),
      server.connect(c.other.cookie),
    ]);
    const applicantHeard = recordAll(applicant);
    const otherHeard = recordAll(other);
    const arrives = waitFor<{ id: string; urgent: boolean; askedBy: { name: string } }>(expert, 'question:created');
    const asked = expectStatus(
      await qa.ask(c.mother, { title: 'Bé ngủ li bì', body: 'Bé ngủ li bì cả buổi, khó đánh thức để bú.', tags: ['baby_sleep'], anonymous: true }),
      201,
    ).body.question;
    expect(await arrives).toMatchObject({ id: asked.id, urgent: true, askedBy: { name: 'Lan' } });

    const answered = waitFor<{ question: { id: string; status: string }; answer: { body: string } }>(mother, 'question:answered');
    const notified = waitFor<{ kind: string }>(mother, 'notification:created', (n) => n.kind === 'question_answered');
    expectStatus(await qa.answer(c.expert, asked.id, { body: 'Hãy đưa bé đi khám ngay.' }), 201);
    expect(await answered).toMatchObject({ question: { id: asked.id, status: 'answered' }, answer: { body: 'Hãy đưa bé đi khám ngay.' } });
    await notified;
    await settle();
    expect(applicantHeard.filter((h) => h.event.startsWith('question:'))).toEqual([]);
    expect(otherHeard).toEqual([]);
  });

  it('an expert verified while connected starts hearing the queue without reconnecting', async () => {
    const socket = await server.connect(c.applicant.cookie);
    expectStatus(await qa.decide(c.admin, c.applicant.id, { action: 'verify' }), 200);
    const arrives = waitFor<{ title: string }>(socket, 'question:created');
    expectStatus(await qa.ask(c.mother, { title: 'Câu hỏi mới', body: 'Nội dung câu hỏi mới đây.', tags: ['other'] }), 201);
    expect((await arrives).title).toBe('Câu hỏi mới');
  });
});
