import { describe, expect, it } from 'vitest';
import type { Answer, Question } from '@/db/schema/questions';
import { serializeAnswer, serializeQuestion } from '@/lib/questions/serialize';

const ASKER = { id: '11111111-1111-4111-8111-111111111111', name: 'Lan' };
const OTHER = '22222222-2222-4222-8222-222222222222';

function question(over: Partial<Question> = {}): Question {
  const at = new Date(Date.now() - 600_000);
  return {
    id: '33333333-3333-4333-8333-333333333333',
    askerId: ASKER.id,
    title: 'Sữa về ít',
    body: 'Em lo quá',
    tags: ['supply'],
    anonymous: true,
    urgent: true,
    triageSigns: ['mastitis'],
    locale: 'vi',
    status: 'open',
    searchText: 'sua ve it em lo qua',
    acceptedAnswerId: null,
    createdAt: at,
    waitingSince: at,
    firstAnsweredAt: null,
    ...over,
  };
}

describe('question anonymity in the serialiser', () => {
  it('another mother never sees who asked anonymously, nor the triage signs', () => {
    const v = serializeQuestion(question(), ASKER, { viewerId: OTHER, staff: false });
    expect(v.askedBy).toBeNull();
    expect(v.mine).toBe(false);
    expect(v).not.toHaveProperty('triageSigns');
    expect(JSON.stringify(v)).not.toContain(ASKER.id);
    expect(JSON.stringify(v)).not.toContain('Lan');
  });

  it('staff (verified experts, admins) and the asker see her, with her id', () => {
    expect(serializeQuestion(question(), ASKER, { viewerId: OTHER, staff: true }).askedBy).toEqual(ASKER);
    const hers = serializeQuestion(question(), ASKER, { viewerId: ASKER.id, staff: false });
    expect(hers).toMatchObject({ askedBy: ASKER, mine: true, triageSigns: ['mastitis'] });
  });

  it('a named question shows other mothers her name but not her id', () => {
    expect(serializeQuestion(question({ anonymous: false }), ASKER, { viewerId: OTHER, staff: false }).askedBy).toEqual({ name: 'Lan' });
  });

  it('an open question carries its wait; an answered one does not', () => {
    expect(serializeQuestion(question(), ASKER, { viewerId: OTHER, staff: true }).waitingSeconds).toBeGreaterThanOrEqual(599);
    expect(serializeQuestion(question({ status: 'answered' }), ASKER, { viewerId: OTHER, staff: true }).waitingSeconds).toBeNull();
  });

  it('her follow-ups are anonymous to other mothers like the question; expert answers carry the badge', () => {
    const q = question();
    const followup: Answer = { id: 'a', questionId: q.id, authorId: ASKER.id, kind: 'followup', body: 'Thêm', suggestions: [], createdAt: new Date() };
    expect(serializeAnswer(followup, { ...ASKER, expert: null }, q, { viewerId: OTHER, staff: false }).author).toBeNull();
    expect(serializeAnswer(followup, { ...ASKER, expert: null }, q, { viewerId: OTHER, staff: true }).author).toEqual({ name: 'Lan' });
    const answer: Answer = { ...followup, id: 'b', authorId: OTHER, kind: 'answer' };
    expect(serializeAnswer(answer, { id: OTHER, name: 'Dr Hạnh', expert: { profession: 'midwife' } }, { ...q, acceptedAnswerId: 'b' }, { viewerId: OTHER, staff: false })).toMatchObject({
      author: { name: 'Dr Hạnh', badge: { profession: 'midwife' } },
      accepted: true,
    });
  });
});
