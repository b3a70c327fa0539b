import 'server-only';
import { count } from 'drizzle-orm';
import type { Db } from './client';
import { answers, chores, circleMembers, circles, encouragements, expertProfiles, groupMembers, moderationItems, peerGroups, peerProfiles, posts, questions, users } from './schema';
import { foldText } from '@/lib/moderation/normalize';
import { hashPassword } from '@/lib/accounts/passwords';
import { CHORE_TEMPLATES } from '@/lib/chores/templates';
import { checkComparison } from '@/lib/moderation/guard';

export const DEMO_PASSWORD = 'village-demo-1';

export const DEMO_ACCOUNTS = [
  { email: 'mai@example.com', name: 'Mai', role: 'mother', locale: 'vi' },
  { email: 'tuan@example.com', name: 'Tuấn', role: 'member', locale: 'vi' },
  { email: 'hoa@example.com', name: 'Bà Hoa', role: 'member', locale: 'vi' },
  { email: 'linh@example.com', name: 'Linh (IBCLC)', role: 'expert', locale: 'vi' },
  { email: 'mod@example.com', name: 'Moderator', role: 'moderator', locale: 'en' },
  { email: 'admin@example.com', name: 'Admin', role: 'admin', locale: 'en' },
] as const;

/** Two more mothers so the peer groups have a community in them (same password). */
export const COMMUNITY_ACCOUNTS = [
  { email: 'thu@example.com', name: 'Thu', role: 'mother', locale: 'vi' },
  { email: 'ngoc@example.com', name: 'Ngọc', role: 'mother', locale: 'vi' },
] as const;

/** Seeds the demo family when the database has no users. Returns whether it did. */
export async function seedDemo(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(users);
  if (n > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(users)
      .values([...DEMO_ACCOUNTS, ...COMMUNITY_ACCOUNTS].map((a) => ({ ...a, passwordHash })))
      .returning();
    const byEmail = new Map(inserted.map((u) => [u.email, u]));
    const mai = byEmail.get('mai@example.com')!;
    const [circle] = await tx.insert(circles).values({ name: 'Gia đình Mai', ownerId: mai.id }).returning();
    await tx.insert(circleMembers).values([
      { circleId: circle.id, userId: mai.id, role: 'owner', relationship: 'mother' },
      { circleId: circle.id, userId: byEmail.get('tuan@example.com')!.id, role: 'member', relationship: 'partner' },
      { circleId: circle.id, userId: byEmail.get('hoa@example.com')!.id, role: 'member', relationship: 'grandparent' },
    ]);
    // A day already under way: some chores open, one taken, one done, and a note for Mai.
    const tuan = byEmail.get('tuan@example.com')!;
    const hoa = byEmail.get('hoa@example.com')!;
    const hour = 3_600_000;
    const now = Date.now();
    const plan: { key: string; dueIn: number; state?: 'claimed' | 'done'; by?: string }[] = [
      { key: 'water-at-feed', dueIn: 1 },
      { key: 'small-meal', dueIn: 2 },
      { key: 'hold-baby-nap', dueIn: 3, state: 'claimed', by: hoa.id },
      { key: 'night-shift', dueIn: 9, state: 'claimed', by: tuan.id },
      { key: 'laundry', dueIn: -2, state: 'done', by: hoa.id },
    ];
    await tx.insert(chores).values(
      plan.map((p) => {
        const t = CHORE_TEMPLATES.find((c) => c.key === p.key)!;
        return {
          circleId: circle.id,
          title: t.title.vi,
          category: t.category,
          notes: t.notes.vi,
          dueAt: new Date(now + p.dueIn * hour),
          recurrence: t.recurrence ?? null,
          effort: t.effort,
          restMinutes: t.restMinutes,
          templateKey: t.key,
          status: p.state ?? 'open',
          createdBy: mai.id,
          claimedBy: p.by ?? null,
          claimedAt: p.by ? new Date(now - hour) : null,
          completedBy: p.state === 'done' ? p.by : null,
          completedAt: p.state === 'done' ? new Date(now - hour / 2) : null,
        } as const;
      }),
    );
    await tx.insert(encouragements).values({
      circleId: circle.id,
      authorId: hoa.id,
      message: 'Con nghỉ đi, để bà bế cháu một lát. Con đang làm rất tốt!',
    });

    // The expert: verified, with a few answered questions so "similar questions" has something to show.
    const linh = byEmail.get('linh@example.com')!;
    const admin = byEmail.get('admin@example.com')!;
    await tx.insert(expertProfiles).values({
      userId: linh.id,
      profession: 'lactation_consultant',
      licenceNumber: 'IBCLC-VN-2041',
      workplace: 'Bệnh viện Phụ sản (demo)',
      languages: ['vi', 'en'],
      status: 'verified',
      decidedBy: admin.id,
      decidedAt: new Date(now - 30 * 24 * hour),
    });
    const thu = byEmail.get('thu@example.com')!;
    const asked = [
      {
        title: 'Sữa về ít sau khi đi làm lại',
        body: 'Em đi làm lại được một tuần, hút sữa ở công ty thì được rất ít. Em nên làm gì để sữa về đều hơn?',
        tags: ['supply', 'pumping'],
        answer:
          'Chị hiểu cảm giác lo lắng này. Hút đều đặn mỗi 3 giờ ở chỗ làm, uống nước mỗi lần hút, và cho bé bú trực tiếp nhiều hơn khi ở nhà. Căng thẳng làm sữa khó xuống: trước khi hút hãy thả lỏng vai, xem ảnh của bé vài phút.',
        suggestions: [{ title: 'Chuẩn bị bữa tối ấm để mẹ nghỉ sau giờ làm', category: 'meals', at: '18:00' }],
      },
      {
        title: 'Uống bao nhiêu nước mỗi ngày khi cho con bú?',
        body: 'Mẹ chồng bảo em phải uống thật nhiều nước thì mới nhiều sữa. Uống bao nhiêu là đủ ạ?',
        tags: ['nutrition'],
        answer:
          'Khoảng 2 đến 2,5 lít mỗi ngày là đủ với đa số mẹ: một cốc nước mỗi lần cho bú, và uống khi thấy khát. Uống quá nhiều không làm tăng sữa thêm.',
        suggestions: [{ title: 'Để sẵn một cốc nước cạnh chỗ mẹ cho bú', category: 'water_snacks', at: null }],
      },
    ];
    for (const [i, q] of asked.entries()) {
      const createdAt = new Date(now - (5 - i) * 24 * hour);
      const [row] = await tx
        .insert(questions)
        .values({
          askerId: thu.id,
          title: q.title,
          body: q.body,
          tags: q.tags,
          anonymous: i === 0,
          status: 'answered',
          searchText: foldText(`${q.title} ${q.body}`),
          createdAt,
          waitingSince: createdAt,
          firstAnsweredAt: new Date(createdAt.getTime() + 3 * hour),
        })
        .returning();
      await tx.insert(answers).values({ questionId: row.id, authorId: linh.id, kind: 'answer', body: q.answer, suggestions: q.suggestions, createdAt: new Date(createdAt.getTime() + 3 * hour) });
    }

    // The community: aliases, a few threads, and one post waiting for the moderator.
    const groups = new Map((await tx.select().from(peerGroups)).map((g) => [g.slug, g.id]));
    const profiles = await tx
      .insert(peerProfiles)
      .values([
        { userId: mai.id, alias: 'Mẹ Cún' },
        { userId: byEmail.get('thu@example.com')!.id, alias: 'Mẹ Sóc' },
        { userId: byEmail.get('ngoc@example.com')!.id, alias: 'Mây' },
      ])
      .returning();
    const [maiP, thuP, ngocP] = profiles;
    const lowSupply = groups.get('low-supply');
    const nights = groups.get('night-feeds');
    if (lowSupply && nights) {
      await tx.insert(groupMembers).values(
        profiles.flatMap((p) => [
          { groupId: lowSupply, userId: p.userId },
          { groupId: nights, userId: p.userId },
        ]),
      );
      const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000);
      const [thread] = await tx
        .insert(posts)
        .values({
          groupId: lowSupply,
          authorProfileId: thuP.id,
          body: 'Mấy hôm nay mình lo lắm, cứ sợ con bú không đủ. Có ai từng thấy vậy không, mình chỉ cần ai đó nghe thôi.',
          wants: 'listen',
          status: 'published',
          replyCount: 1,
          createdAt: at(180),
          publishedAt: at(180),
        })
        .returning();
      await tx.insert(posts).values([
        {
          groupId: lowSupply,
          parentId: thread.id,
          authorProfileId: ngocP.id,
          body: 'Mình cũng từng như vậy. Bạn không một mình đâu, ôm bạn một cái.',
          status: 'published',
          createdAt: at(150),
          publishedAt: at(150),
        },
        {
          groupId: nights,
          authorProfileId: ngocP.id,
          body: 'Ba giờ sáng rồi mà con vẫn thức. Ai đang thức cùng thì vẫy tay chào nhau một cái nhé.',
          wants: 'listen',
          status: 'published',
          createdAt: at(90),
          publishedAt: at(90),
        },
        {
          groupId: nights,
          authorProfileId: maiP.id,
          body: 'Chồng mình nhận ca đêm hai hôm nay, mình ngủ được một mạch bốn tiếng. Các mẹ chia ca đêm với nhà thế nào?',
          wants: 'advice',
          status: 'published',
          createdAt: at(60),
          publishedAt: at(60),
        },
      ]);
      const heldBody = 'Con nhà người ta tủ đông đầy sữa, còn mình vắt mãi được 30ml.';
      const [held] = await tx
        .insert(posts)
        .values({ groupId: lowSupply, authorProfileId: thuP.id, body: heldBody, wants: 'listen', status: 'held', createdAt: at(30) })
        .returning();
      await tx.insert(moderationItems).values({ postId: held.id, reason: 'comparison', findings: checkComparison(heldBody, 'vi').findings });
    }
  });
  return true;
}
