import type { Browser, BrowserContext } from '@playwright/test';
import { expect, expectAccessible, fmt, messages, test, unique, type Lang } from './fixtures';
import { locales } from './family';

// Mothers from the demo community (db/seed.ts): each already has a published post, so her next
// one is not held by the first-post rule for new accounts.
const DEMO_PASSWORD = 'village-demo-1';
const demo = {
  mai: { email: 'mai@example.com', alias: 'Mẹ Cún' },
  thu: { email: 'thu@example.com', alias: 'Mẹ Sóc' },
  ngoc: { email: 'ngoc@example.com', alias: 'Mây' },
} as const;
const viewport = { width: 390, height: 844 };

const notReloaded = () => ((window as unknown as { __stay?: boolean }).__stay = true);
const stillHere = () => (window as unknown as { __stay?: boolean }).__stay === true;

async function signedIn(browser: Browser, lang: Lang, email: string, password = DEMO_PASSWORD) {
  const ctx = await browser.newContext({ locale: locales[lang], viewport });
  expect((await ctx.request.post('/api/v1/session', { data: { email, password } })).status(), `sign in ${email}`).toBe(200);
  return ctx;
}

async function groupOf(ctx: BrowserContext, slug: string) {
  const { items } = (await (await ctx.request.get('/api/v1/groups')).json()) as { items: { id: string; slug: string; name: Record<Lang, string> }[] };
  return items.find((g) => g.slug === slug)!;
}

/** A mother who signed up a minute ago (so her first post would wait for a moderator). */
async function newMother(browser: Browser, lang: Lang) {
  const id = unique();
  const email = `peer-${id}@example.com`;
  const password = 'peer-password-1';
  const name = lang === 'vi' ? `Hồng Nhung ${id}` : `Rosie ${id}`;
  const ctx = await browser.newContext({ locale: locales[lang], viewport });
  expect((await ctx.request.post('/api/v1/register', { data: { email, password, name, locale: lang } })).status()).toBe(201);
  expect((await ctx.request.post('/api/v1/session', { data: { email, password } })).status()).toBe(200);
  return { ctx, id, name };
}

const comparison = (lang: Lang, id: string) =>
  lang === 'vi' ? `Con nhà người ta tủ đông đầy sữa, mình vắt mãi được 60ml. (${id})` : `Everyone else has a freezer full of milk, I pump 60 ml. (${id})`;
const rephrased = (lang: Lang, id: string) =>
  lang === 'vi' ? `Đêm nay mình mệt và lo lắm, cứ sợ con bú không đủ. (${id})` : `I feel so tired and worried about my milk tonight. (${id})`;

for (const lang of ['vi', 'en'] as const) {
  const g = messages[lang].groups;

  test(`[${lang}] a comparison gets a kind nudge; she rephrases, and another mother sees the post live`, async ({ browser }) => {
    const id = unique();
    // The reader: a new member of the group, watching the feed.
    const reader = await newMother(browser, lang);
    const group = await groupOf(reader.ctx, 'low-supply');
    expect((await reader.ctx.request.post(`/api/v1/groups/${group.id}/join`, { data: { alias: `Mẹ Na ${reader.id}` } })).status()).toBe(200);
    const readerPage = await reader.ctx.newPage();
    await readerPage.goto(`/groups/${group.id}`);
    await expect(readerPage.getByTestId('group-feed')).toHaveAttribute('data-live', 'connected');
    await readerPage.evaluate(notReloaded);

    const author = lang === 'vi' ? demo.mai : demo.ngoc;
    const page = await (await signedIn(browser, lang, author.email)).newPage();
    await page.goto(`/groups/${group.id}`);
    const box = page.getByLabel(g.write.label);
    await box.fill(comparison(lang, id));

    // While she types: the kind word, with the compared words marked in a copy of her text.
    const nudge = page.getByTestId('guard-nudge');
    await expect(nudge.getByRole('heading', { name: g.guard.title })).toBeVisible();
    await expect(nudge).toContainText(g.guard.why);
    await expect(nudge.locator('mark', { hasText: lang === 'vi' ? 'tủ đông' : 'freezer full' })).toBeVisible();
    await expect(nudge.locator('mark', { hasText: '60' })).toBeVisible();
    await expectAccessible(page, `feed with the comparison nudge (${lang})`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, `feed with the comparison nudge, dark (${lang})`);
    await page.emulateMedia({ colorScheme: 'light' });
    // A small phone: nothing runs off the side.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize(viewport);

    // She posts it as it is: the nudge asks first, and she chooses to rephrase.
    await page.getByRole('button', { name: g.write.post, exact: true }).click();
    await expect(nudge.getByRole('button', { name: g.guard.postAnyway })).toBeVisible();
    await expect(nudge.getByRole('heading', { name: g.guard.title })).toBeFocused();
    await nudge.getByRole('button', { name: g.guard.rephrase }).click();
    await expect(box).toBeFocused();
    await expect(box).toHaveValue(comparison(lang, id));

    await box.fill(rephrased(lang, id));
    await expect(nudge).toHaveCount(0);
    await page.getByRole('radio', { name: g.post.wants.advice }).check();
    await page.getByRole('button', { name: g.write.post, exact: true }).click();
    await expect(page.getByText(g.write.posted)).toBeVisible();
    await expect(box).toHaveValue('');
    const mine = page.getByTestId('post').filter({ hasText: rephrased(lang, id) });
    await expect(mine).toBeFocused();
    await expect(mine).toContainText(fmt(g.post.you, { alias: author.alias }));

    // The other mother: the post comes in by itself, under the author's alias only.
    const arrived = readerPage.getByTestId('post').filter({ hasText: rephrased(lang, id) });
    await expect(arrived).toBeVisible();
    await expect(arrived).toContainText(author.alias);
    await expect(arrived).toContainText(g.post.wants.advice);
    expect(await readerPage.evaluate(stillHere)).toBe(true);
    await expectAccessible(readerPage, `feed with a live post (${lang})`);

    // "I hear you": she sees her own choice; the author alone sees how many.
    await arrived.getByRole('button', { name: g.post.hug }).click();
    await expect(arrived.getByRole('button', { name: g.post.hug })).toHaveAttribute('aria-pressed', 'true');
    const oneHug = lang === 'vi' ? '1 mẹ đã gửi “Mình hiểu bạn”' : '1 mother hears you';
    await expect(arrived).not.toContainText(oneHug);
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId('post').filter({ hasText: rephrased(lang, id) })).toContainText(oneHug, { timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
  });

  test(`[${lang}] a newcomer chooses her alias, and "post anyway" waits for a moderator`, async ({ browser }) => {
    const mother = await newMother(browser, lang);
    const group = await groupOf(mother.ctx, 'night-feeds');
    const page = await mother.ctx.newPage();
    await page.goto(`/groups/${group.id}`);

    // Not a member yet: the way in, not an error.
    const prompt = page.getByTestId('join-prompt');
    await expect(prompt).toContainText(g.feed.notMemberTitle);
    await prompt.getByRole('button', { name: fmt(g.joinNamed, { group: group.name[lang] }) }).click();
    const alias = prompt.getByLabel(g.alias.label);
    await expect(alias).toBeFocused();
    await expectAccessible(page, `join prompt with the alias field (${lang})`);
    // Her real name would give her away.
    await alias.fill(mother.name);
    await prompt.getByRole('button', { name: g.alias.joinWithName }).click();
    await expect(prompt).toContainText(g.errors.alias_private);
    await alias.fill(`Mẹ Mít ${mother.id}`);
    await prompt.getByRole('button', { name: g.alias.joinWithName }).click();

    const box = page.getByLabel(g.write.label);
    await expect(box).toBeVisible();
    const text = comparison(lang, mother.id);
    await box.fill(text);
    await page.getByRole('button', { name: g.write.post, exact: true }).click();
    const nudge = page.getByTestId('guard-nudge');
    await nudge.getByRole('button', { name: g.guard.postAnyway }).click();

    const waiting = page.getByTestId('pending-post').filter({ hasText: text });
    await expect(waiting).toContainText(g.feed.status.held);
    await expect(waiting).toBeFocused();
    await expect(page.getByText(g.write.held)).toBeVisible();
    await expect(page.getByTestId('post').filter({ hasText: text })).toHaveCount(0);
    await expectAccessible(page, `feed with a post waiting for a moderator (${lang})`);

    // Still there after a reload, and nobody else can read it.
    await page.reload();
    await expect(page.getByTestId('pending-post').filter({ hasText: text })).toContainText(g.feed.status.held);
    const other = await signedIn(browser, lang, demo.thu.email);
    const feed = await (await other.request.get(`/api/v1/groups/${group.id}/posts`)).json();
    expect(JSON.stringify(feed)).not.toContain(mother.id);
  });

  test(`[${lang}] under a "just listen" post, advice is folded away and replies arrive live`, async ({ browser }) => {
    const id = unique();
    const mai = await signedIn(browser, lang, demo.mai.email);
    const group = await groupOf(mai, 'night-feeds');
    const body = lang === 'vi' ? `Đêm nay con quấy mãi, mình chỉ muốn có ai nghe mình thôi. (${id})` : `The baby has been fussing all night, I just want someone to hear me. (${id})`;
    const created = await mai.request.post(`/api/v1/groups/${group.id}/posts`, { data: { body, wants: 'listen' } });
    expect(created.status()).toBe(201);
    const post = (await created.json()).post as { id: string };

    const page = await (await signedIn(browser, lang, demo.ngoc.email)).newPage();
    await page.goto(`/groups/${group.id}/posts/${post.id}`);
    await expect(page.getByTestId('thread')).toHaveAttribute('data-live', 'connected');
    await page.evaluate(notReloaded);

    const thu = await signedIn(browser, lang, demo.thu.email);
    const advice = lang === 'vi' ? `Bạn thử nhờ chồng bế bé một lúc nhé. (${id})` : `Maybe ask your partner to hold the baby for a while. (${id})`;
    const hug = lang === 'vi' ? `Mình cũng thức đây, ôm bạn. (${id})` : `I'm awake too, sending you a hug. (${id})`;
    expect((await thu.request.post(`/api/v1/posts/${post.id}/replies`, { data: { body: advice, advice: true } })).status()).toBe(201);
    expect((await thu.request.post(`/api/v1/posts/${post.id}/replies`, { data: { body: hug } })).status()).toBe(201);

    await expect(page.getByTestId('reply').filter({ hasText: hug })).toBeVisible();
    const fold = page.getByRole('button', { name: lang === 'vi' ? '1 trả lời có lời khuyên — xem' : '1 reply with advice — show' });
    await expect(page.getByTestId('reply').filter({ hasText: advice })).toBeHidden();
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await fold.click();
    await expect(page.getByTestId('reply').filter({ hasText: advice })).toBeVisible();
    expect(await page.evaluate(stillHere)).toBe(true);

    // Ngọc answers, not as advice: it shows under the post at once.
    const mine = lang === 'vi' ? `Bạn giỏi lắm rồi, cố lên nhé. (${id})` : `You are doing so well, hang in there. (${id})`;
    await page.getByLabel(g.thread.replyLabel).fill(mine);
    await expect(page.getByLabel(g.thread.adviceCheck)).not.toBeChecked();
    await page.getByRole('button', { name: g.thread.send, exact: true }).click();
    await expect(page.getByTestId('reply').filter({ hasText: mine })).toBeFocused();
    await expectAccessible(page, `thread with folded advice (${lang})`);
  });

  test(`[${lang}] in slow mode she is told how long to wait, and keeps what she wrote`, async ({ browser }) => {
    const mother = await newMother(browser, lang);
    const group = await groupOf(mother.ctx, 'food-recovery');
    expect((await mother.ctx.request.post(`/api/v1/groups/${group.id}/join`, { data: { alias: `Mẹ Gạo ${mother.id}` } })).status()).toBe(200);
    const mod = await signedIn(browser, lang, 'mod@example.com');
    const slowMode = (minutes: number) => mod.request.put(`/api/v1/moderation/groups/${group.id}/slow-mode`, { data: { minutes } });
    expect((await slowMode(30)).status()).toBe(200);
    try {
      const first = lang === 'vi' ? `Hôm nay mình ăn được bát cháo nóng. (${mother.id})` : `I had a warm bowl of soup today. (${mother.id})`;
      expect((await mother.ctx.request.post(`/api/v1/groups/${group.id}/posts`, { data: { body: first } })).status()).toBe(202);

      const page = await mother.ctx.newPage();
      await page.goto(`/groups/${group.id}`);
      const box = page.getByLabel(g.write.label);
      const second = lang === 'vi' ? `Các mẹ uống nước gì cho đỡ khát về đêm? (${mother.id})` : `What do you drink at night when you feel thirsty? (${mother.id})`;
      await box.fill(second);
      await page.getByRole('button', { name: g.write.post, exact: true }).click();
      const alert = page.getByRole('alert').filter({ hasText: lang === 'vi' ? 'chế độ chậm' : 'slow mode' });
      await expect(alert).toContainText('30');
      await expect(box).toHaveValue(second);
      await expect(box).toBeFocused();
      await expectAccessible(page, `slow mode refusal (${lang})`);
    } finally {
      expect((await slowMode(0)).status()).toBe(200);
    }
  });
}
