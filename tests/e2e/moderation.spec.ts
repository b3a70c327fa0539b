import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { expect, expectAccessible, fmt, messages, test, unique, type Lang } from './fixtures';
import { locales } from './family';

const DEMO_PASSWORD = 'village-demo-1';
const viewport = { width: 390, height: 844 };

/** The member UI of the peer groups, when it is there, shows the approved post live too. */
const memberPageExists = fs.existsSync('app/(app)/groups/[groupId]/page.tsx');

async function signedIn(browser: Browser, lang: Lang, email: string, password = DEMO_PASSWORD, colorScheme: 'light' | 'dark' = 'light') {
  const ctx = await browser.newContext({ locale: locales[lang], viewport, colorScheme });
  const res = await ctx.request.post('/api/v1/session', { data: { email, password } });
  expect(res.status(), `sign in ${email}`).toBe(200);
  return ctx;
}

interface Mother {
  ctx: BrowserContext;
  name: string;
  email: string;
  alias: string;
  groupId: string;
}

/** A new mother who joined a peer group under an alias of her own (through the API). */
async function newMother(browser: Browser, lang: Lang, slug = 'low-supply'): Promise<Mother> {
  const id = unique();
  const email = `mother-${id}@example.com`;
  const password = 'mother-password-1';
  const name = `Lan ${id}`;
  const ctx = await browser.newContext({ locale: locales[lang], viewport });
  expect((await ctx.request.post('/api/v1/register', { data: { email, password, name, locale: lang } })).status()).toBe(201);
  expect((await ctx.request.post('/api/v1/session', { data: { email, password } })).status()).toBe(200);
  const groups = (await (await ctx.request.get('/api/v1/groups')).json()).items as { id: string; slug: string }[];
  const groupId = groups.find((g) => g.slug === slug)!.id;
  const alias = `Sen ${id}`;
  expect((await ctx.request.post(`/api/v1/groups/${groupId}/join`, { data: { alias } })).status()).toBe(200);
  return { ctx, name, email, alias, groupId };
}

const comparison = (lang: Lang, id: string) =>
  lang === 'vi'
    ? `Con nhà người ta tủ đông đầy sữa, còn mình vắt mãi được 30ml. Mã ${id}`
    : `My sister-in-law has a freezer full of milk and I only pump 30ml. Note ${id}`;

/** She sees the nudge, and posts anyway: the post waits for a moderator. */
async function postComparison(mother: Mother, body: string) {
  const nudged = await mother.ctx.request.post(`/api/v1/groups/${mother.groupId}/posts`, { data: { body } });
  expect(nudged.status()).toBe(422);
  expect((await nudged.json()).error.code).toBe('comparison_nudge');
  const held = await mother.ctx.request.post(`/api/v1/groups/${mother.groupId}/posts`, { data: { body, confirm: true } });
  expect(held.status()).toBe(202);
  const json = await held.json();
  expect(json.status).toBe('held');
  return json.post as { id: string };
}

async function queueItemId(ctx: BrowserContext, postId: string) {
  const queue = (await (await ctx.request.get('/api/v1/moderation/queue?limit=100')).json()).items as { id: string; post: { id: string } }[];
  return queue.find((i) => i.post.id === postId)!.id;
}

/** A message as a pattern: the given placeholders filled in, the others (dates) match anything. */
function pattern(message: string, values: Record<string, string>) {
  const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    message
      .split(/(\{\w+\})/)
      .map((part) => {
        const key = part.match(/^\{(\w+)\}$/)?.[1];
        if (!key) return escape(part);
        return key in values ? escape(values[key]) : '.+';
      })
      .join(''),
  );
}

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll').toBe(true);
}

/** A signed-in socket as the member's browser has it (same session cookie). */
async function memberSocket(ctx: BrowserContext): Promise<Socket> {
  const base = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';
  const cookie = (await ctx.cookies(base)).map((c) => `${c.name}=${c.value}`).join('; ');
  const socket = connectSocket(base, { path: '/socket.io', transports: ['websocket'], extraHeaders: { cookie, origin: base }, reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

for (const lang of ['vi', 'en'] as const) {
  const t = messages[lang];
  const m = t.moderation;

  test(`[${lang}] a held comparison: the moderator sees what the guard found, approves it, and members see it live`, async ({ browser }) => {
    const author = await newMother(browser, lang);
    const reader = await newMother(browser, lang);
    const body = comparison(lang, unique());
    const post = await postComparison(author, body);

    // A member is in the group (socket, and her page when the member UI exists) before the decision.
    const socket = await memberSocket(reader.ctx);
    const live = new Promise<{ id: string; body: string; status: string }>((resolve) =>
      socket.on('post:created', (p: { id: string; body: string; status: string }) => p.id === post.id && resolve(p)),
    );
    let readerPage: Page | undefined;
    if (memberPageExists) {
      readerPage = await reader.ctx.newPage();
      await readerPage.goto(`/groups/${reader.groupId}`);
      await expect(readerPage.getByText(body)).toHaveCount(0);
    }

    const mod = await signedIn(browser, lang, 'mod@example.com');
    const page = await mod.newPage();
    await page.goto('/moderation');
    await expect(page.getByRole('heading', { level: 1, name: m.queueTitle })).toBeVisible();
    const card = page.getByTestId('queue-item').filter({ hasText: body.slice(-12) });
    await expect(card).toHaveAttribute('data-reason', 'comparison');
    await expect(card).toContainText(fmt(m.postBy, { alias: author.alias }));
    await expect(card).toContainText(lang === 'vi' ? 'Ít sữa' : 'Low supply');
    await expect(card.getByTestId('queue-why')).toHaveText(m.why.comparison);
    // The guard's findings are marked in the text, and the legend says what each is.
    await expect(card.locator('mark[data-kind="volume"]')).toContainText('30ml');
    await expect(card.locator('mark[data-kind="stash"]').first()).toBeVisible();
    await expect(card).toContainText(m.kinds.volume);
    await expect(card).toContainText(m.kinds.stash);
    await noSidewaysScroll(page);
    await expectAccessible(page, `review queue (${lang})`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, `review queue, dark (${lang})`);
    await page.emulateMedia({ colorScheme: 'light' });

    const before = await page.getByTestId('queue-count').innerText();
    await card.getByRole('button', { name: m.approve, exact: true }).click();
    await expect(page.getByTestId('queue-announcement')).toHaveText(fmt(m.done.approved, { group: lang === 'vi' ? 'Ít sữa' : 'Low supply' }));
    await expect(card).toHaveCount(0);
    await expect(page.getByTestId('queue-count')).not.toHaveText(before);

    // Members: live, and in the feed.
    const event = await live;
    expect(event).toMatchObject({ body, status: 'published' });
    socket.disconnect();
    const feed = (await (await reader.ctx.request.get(`/api/v1/groups/${reader.groupId}/posts`)).json()).items as { id: string; status: string }[];
    expect(feed.find((p) => p.id === post.id)?.status).toBe('published');
    if (readerPage) await expect(readerPage.getByText(body)).toBeVisible();

    await Promise.all([author.ctx.close(), reader.ctx.close(), mod.close()]);
  });

  test(`[${lang}] reject with a ready-made reason: the author sees the reason`, async ({ browser }) => {
    const author = await newMother(browser, lang);
    const body = comparison(lang, unique());
    const post = await postComparison(author, body);

    const mod = await signedIn(browser, lang, 'mod@example.com');
    const page = await mod.newPage();
    await page.goto('/moderation');
    const card = page.getByTestId('queue-item').filter({ hasText: body.slice(-12) });
    await card.getByRole('button', { name: m.reject, exact: true }).click();
    const reason = card.getByLabel(m.rejectLabel);
    await expect(reason).toBeFocused();
    await card.getByRole('button', { name: m.readyLabel.comparison }).click();
    await expect(reason).toHaveValue(m.readyText.comparison);
    await expectAccessible(page, `reject form (${lang})`);
    await card.getByRole('button', { name: m.rejectSend }).click();
    await expect(page.getByTestId('queue-announcement')).toHaveText(fmt(m.done.rejected, { alias: author.alias }));
    await expect(card).toHaveCount(0);

    const mine = (await (await author.ctx.request.get(`/api/v1/groups/${author.groupId}/posts`)).json()).pending as { id: string; status: string; rejectReason?: string }[];
    expect(mine.find((p) => p.id === post.id)).toMatchObject({ status: 'rejected', rejectReason: m.readyText.comparison });
    await Promise.all([author.ctx.close(), mod.close()]);
  });

  test(`[${lang}] a post flagged by a member: the moderator reads why and takes it down`, async ({ browser }) => {
    const author = await newMother(browser, lang);
    const flagger = await newMother(browser, lang);
    const mod = await signedIn(browser, lang, 'mod@example.com');
    const id = unique();
    const body = lang === 'vi' ? `Chồng mình chẳng giúp gì buổi đêm, mệt quá. Mã ${id}` : `My husband never helps at night, I am so tired. Note ${id}`;
    // A new account's first post waits for a moderator; approved, it is public.
    const created = await author.ctx.request.post(`/api/v1/groups/${author.groupId}/posts`, { data: { body } });
    expect(created.status()).toBe(202);
    const post = (await created.json()).post as { id: string };
    expect((await mod.request.post(`/api/v1/moderation/items/${await queueItemId(mod, post.id)}/decision`, { data: { action: 'approve' } })).status()).toBe(200);
    const note = lang === 'vi' ? 'Câu này làm mình buồn' : 'This hurt to read';
    expect((await flagger.ctx.request.post(`/api/v1/posts/${post.id}/flags`, { data: { reason: 'unkind', note } })).status()).toBe(201);

    const page = await mod.newPage();
    await page.goto('/moderation');
    const card = page.getByTestId('queue-item').filter({ hasText: id });
    await expect(card).toHaveAttribute('data-reason', 'flags');
    await expect(card.getByTestId('queue-why')).toHaveText(m.why.flags);
    await expect(card).toContainText(m.flagReasons.unkind);
    await expect(card).toContainText(note);
    await expect(card.getByRole('button', { name: m.keep })).toBeVisible();
    await expectAccessible(page, `flagged post (${lang})`);
    await card.getByRole('button', { name: m.takeDown, exact: true }).click();
    await card.getByRole('button', { name: m.readyLabel.gentler }).click();
    await card.getByRole('button', { name: m.takeDownSend }).click();
    await expect(page.getByTestId('queue-announcement')).toHaveText(fmt(m.done.takenDown, { alias: author.alias }));

    const feed = (await (await flagger.ctx.request.get(`/api/v1/groups/${flagger.groupId}/posts`)).json()).items as { id: string }[];
    expect(feed.some((p) => p.id === post.id)).toBe(false);
    const mine = (await (await author.ctx.request.get(`/api/v1/groups/${author.groupId}/posts`)).json()).pending as { id: string; rejectReason?: string }[];
    expect(mine.find((p) => p.id === post.id)?.rejectReason).toBe(m.readyText.gentler);
    await Promise.all([author.ctx.close(), flagger.ctx.close(), mod.close()]);
  });

  test(`[${lang}] edit then approve publishes the moderator's version`, async ({ browser }) => {
    const author = await newMother(browser, lang);
    const id = unique();
    const post = await postComparison(author, comparison(lang, id));
    const edited = lang === 'vi' ? `Dạo này mình lo sữa ít, thấy nản quá. Mã ${id}` : `I worry my supply is low and I feel discouraged. Note ${id}`;

    const mod = await signedIn(browser, lang, 'mod@example.com');
    const page = await mod.newPage();
    await page.goto('/moderation');
    const card = page.locator(`[data-testid="queue-item"]`).filter({ hasText: id });
    await card.getByRole('button', { name: m.edit }).click();
    const text = card.getByLabel(m.editLabel);
    await expect(text).toBeFocused();
    await expect(text).toHaveValue(comparison(lang, id));
    await text.fill(edited);
    await card.getByRole('button', { name: m.publishEdited }).click();
    await expect(page.getByTestId('queue-announcement')).toHaveText(fmt(m.done.edited, { group: lang === 'vi' ? 'Ít sữa' : 'Low supply' }));

    const feed = (await (await author.ctx.request.get(`/api/v1/groups/${author.groupId}/posts`)).json()).items as { id: string; body: string }[];
    expect(feed.find((p) => p.id === post.id)?.body).toBe(edited);
    await Promise.all([author.ctx.close(), mod.close()]);
  });

  test(`[${lang}] silence the author for 3 days after confirming, then lift it`, async ({ browser }) => {
    const author = await newMother(browser, lang);
    const body = comparison(lang, unique());
    const post = await postComparison(author, body);

    const mod = await signedIn(browser, lang, 'mod@example.com');
    const page = await mod.newPage();
    await page.goto('/moderation');
    const card = page.getByTestId('queue-item').filter({ hasText: body.slice(-12) });
    await card.getByRole('button', { name: fmt(m.silence, { alias: author.alias }) }).click();
    await card.getByRole('radio', { name: lang === 'vi' ? '3 ngày' : '3 days' }).check();
    await card.getByLabel(m.silenceReason).fill(lang === 'vi' ? 'So sánh nhiều lần' : 'Compared several times');
    await card.getByRole('button', { name: m.silenceNext }).click();
    await expect(card.getByRole('group', { name: lang === 'vi' ? /3 ngày/ : /3 days/ })).toBeFocused();
    await expectAccessible(page, `silence confirmation (${lang})`);
    await card.getByRole('button', { name: m.silenceYes }).click();
    await expect(card).toContainText(pattern(m.silencedUntil, { alias: author.alias }));
    await expect(card.getByRole('button', { name: m.lift })).toBeVisible();

    const refused = await author.ctx.request.post(`/api/v1/groups/${author.groupId}/posts`, { data: { body: 'Hôm nay trời đẹp quá.' } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.code).toBe('silenced');

    await card.getByRole('button', { name: m.lift }).click();
    await expect(page.getByTestId('queue-announcement')).toHaveText(fmt(m.lifted, { alias: author.alias }));
    const allowed = await author.ctx.request.post(`/api/v1/groups/${author.groupId}/posts`, { data: { body: lang === 'vi' ? 'Cảm ơn cả nhóm.' : 'Thank you all.' } });
    expect([201, 202]).toContain(allowed.status());

    // Leave the queue as it was for the other journeys.
    for (const p of [post, (await allowed.json()).post as { id: string }]) {
      const itemId = await queueItemId(mod, p.id).catch(() => undefined);
      if (itemId) await mod.request.post(`/api/v1/moderation/items/${itemId}/decision`, { data: { action: 'approve' } });
    }
    await Promise.all([author.ctx.close(), mod.close()]);
  });

  test(`[${lang}] another moderator was faster: the card explains and leaves`, async ({ browser }) => {
    const author = await newMother(browser, lang);
    const body = comparison(lang, unique());
    const post = await postComparison(author, body);

    const mod = await signedIn(browser, lang, 'mod@example.com');
    const page = await mod.newPage();
    await page.goto('/moderation');
    const card = page.getByTestId('queue-item').filter({ hasText: body.slice(-12) });
    await expect(card).toBeVisible();

    const admin = await signedIn(browser, lang, 'admin@example.com');
    const itemId = await queueItemId(admin, post.id);
    expect((await admin.request.post(`/api/v1/moderation/items/${itemId}/decision`, { data: { action: 'approve' } })).status()).toBe(200);

    await card.getByRole('button', { name: m.approve, exact: true }).click();
    await expect(page.getByTestId('queue-announcement')).toHaveText(m.done.gone);
    await expect(card).toHaveCount(0);
    await Promise.all([author.ctx.close(), mod.close(), admin.close()]);
  });

  test(`[${lang}] mothers are refused the moderation and admin pages; moderators find theirs from the account page`, async ({ browser }) => {
    const mother = await newMother(browser, lang);
    const page = await mother.ctx.newPage();
    for (const path of ['/moderation', '/moderation/settings', '/admin/moderators', '/admin/audit-log']) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: t.notFound.title })).toBeVisible();
    }
    await page.goto('/account');
    await expect(page.getByTestId('staff-links')).toHaveCount(0);
    expect((await mother.ctx.request.get('/api/v1/moderation/queue')).status()).toBe(403);

    const mod = await signedIn(browser, lang, 'mod@example.com');
    const modPage = await mod.newPage();
    for (const path of ['/admin/moderators', '/admin/audit-log']) expect((await modPage.goto(path))?.status(), `moderator on ${path}`).toBe(404);
    await modPage.goto('/account');
    const links = modPage.getByTestId('staff-links');
    await expect(links.getByRole('link', { name: m.settings.title })).toBeVisible();
    await expect(links.getByRole('link', { name: t.admin.moderatorsTitle })).toHaveCount(0);
    await expectAccessible(modPage, `account with moderation links (${lang})`);
    await links.getByRole('link', { name: new RegExp(m.queueTitle) }).click();
    await expect(modPage).toHaveURL(/\/moderation$/);
    await expect(modPage.getByRole('heading', { level: 1, name: m.queueTitle })).toBeVisible();
    await Promise.all([mother.ctx.close(), mod.close()]);
  });

  test(`[${lang}] watched words: add one, test a sentence against it, remove it; slow mode on and off`, async ({ browser }) => {
    const s = m.settings;
    const word = `tuxa${unique().replace(/\d/g, '')}`;
    const groupName = lang === 'vi' ? 'Ăn uống và hồi phục' : 'Food and recovery';
    const mod = await signedIn(browser, lang, 'mod@example.com');
    const page = await mod.newPage();
    await page.goto('/moderation/settings');
    await expect(page.getByRole('heading', { level: 1, name: s.title })).toBeVisible();
    await noSidewaysScroll(page);
    await expectAccessible(page, `moderation settings (${lang})`);

    await page.getByLabel(s.word, { exact: true }).fill(word);
    await page.getByRole('radio', { name: s.actions.hold }).check();
    await page.getByLabel(s.scope, { exact: true }).selectOption({ label: groupName });
    await page.getByRole('button', { name: s.add, exact: true }).click();
    await expect(page.getByText(s.added)).toBeVisible();
    const row = page.getByTestId('watched-word').filter({ hasText: word });
    await expect(row).toContainText(s.actions.hold);
    await expect(row).toContainText(groupName);

    // The same word again in the same place: said by the field.
    await page.getByLabel(s.word, { exact: true }).fill(word);
    await page.getByLabel(s.scope, { exact: true }).selectOption({ label: groupName });
    await page.getByRole('button', { name: s.add, exact: true }).click();
    await expect(page.getByText(t.fieldErrors.conflict.word)).toBeVisible();

    // In that group, a post with the word is held; elsewhere it goes out.
    const sentence = lang === 'vi' ? `Hôm nay mình thấy ${word} quá` : `Today I feel so ${word}`;
    await page.getByLabel(s.testText, { exact: true }).fill(sentence);
    await page.getByLabel(s.testScope, { exact: true }).selectOption({ label: groupName });
    await page.getByRole('button', { name: s.test, exact: true }).click();
    const result = page.getByTestId('test-result');
    await expect(result).toContainText(s.outcomes.held);
    await expect(result.locator('mark[data-kind="watched_hold"]')).toHaveText(word);
    await expectAccessible(page, `sentence test (${lang})`);
    await page.getByLabel(s.testScope, { exact: true }).selectOption({ label: s.testScopeNone });
    await page.getByRole('button', { name: s.test, exact: true }).click();
    await expect(result).toContainText(s.outcomes.published);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, `moderation settings, dark (${lang})`);
    await page.emulateMedia({ colorScheme: 'light' });

    await row.getByRole('button', { name: fmt(s.removeNamed, { word }) }).click();
    await expect(row.getByRole('group', { name: fmt(s.removeConfirm, { word }) })).toBeFocused();
    await row.getByRole('button', { name: s.removeYes }).click();
    await expect(page.getByTestId('watched-word').filter({ hasText: word })).toHaveCount(0);

    // Slow mode in a group the other journeys do not post in.
    const slow = page.getByTestId('slow-mode').filter({ hasText: groupName });
    await slow.getByLabel(fmt(s.slowMinutesNamed, { group: groupName })).fill('5');
    await slow.getByRole('button', { name: fmt(s.slowSaveNamed, { group: groupName }) }).click();
    await expect(slow).toContainText(lang === 'vi' ? 'Mỗi 5 phút một bài' : 'One post every 5 minutes');
    await slow.getByLabel(fmt(s.slowMinutesNamed, { group: groupName })).fill('0');
    await slow.getByRole('button', { name: fmt(s.slowSaveNamed, { group: groupName }) }).click();
    await expect(slow).toContainText(s.slowOff);
    await mod.close();
  });

  test(`[${lang}] the admin appoints a moderator, sees it in the audit log, and revokes it`, async ({ browser }) => {
    const a = t.admin;
    const person = await newMother(browser, lang);
    const admin = await signedIn(browser, lang, 'admin@example.com');
    const page = await admin.newPage();
    await page.goto('/admin/settings');
    await page.getByRole('link', { name: a.moderatorsTitle }).click();
    await expect(page.getByRole('heading', { level: 1, name: a.moderatorsTitle })).toBeVisible();

    await page.getByLabel(a.appointEmail).fill(`nobody-${unique()}@example.com`);
    await page.getByRole('button', { name: a.appoint }).click();
    await expect(page.getByText(t.fieldErrors.not_found.email)).toBeVisible();

    await page.getByLabel(a.appointEmail).fill(person.email);
    await page.getByRole('button', { name: a.appoint }).click();
    const row = page.getByTestId('moderator').filter({ hasText: person.email });
    await expect(row).toContainText(a.roles.moderator);
    await noSidewaysScroll(page);
    await expectAccessible(page, `moderators (${lang})`);
    // She can open the queue now.
    expect((await person.ctx.request.get('/api/v1/moderation/queue')).status()).toBe(200);

    await page.goto('/admin/audit-log');
    await expect(page.getByRole('heading', { level: 1, name: a.auditTitle })).toBeVisible();
    await expect(page.getByTestId('audit-entry').first()).toContainText(fmt(a.auditActions.admin_moderator_appoint, { email: person.email }));
    await noSidewaysScroll(page);
    await expectAccessible(page, `audit log (${lang})`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, `audit log, dark (${lang})`);
    await page.emulateMedia({ colorScheme: 'light' });

    await page.goto('/admin/moderators');
    await row.getByRole('button', { name: fmt(a.revokeNamed, { name: person.name }) }).click();
    await row.getByRole('button', { name: a.revokeYes }).click();
    await expect(page.getByTestId('moderator').filter({ hasText: person.email })).toHaveCount(0);
    expect((await person.ctx.request.get('/api/v1/moderation/queue')).status()).toBe(403);
    await Promise.all([person.ctx.close(), admin.close()]);
  });
}

test('[en] the audit log loads older entries below', async ({ browser }) => {
  const a = messages.en.admin;
  const admin = await signedIn(browser, 'en', 'admin@example.com');
  const groups = (await (await admin.request.get('/api/v1/groups')).json()).items as { id: string; slug: string }[];
  const groupId = groups.find((g) => g.slug === 'partners-grandparents')!.id;
  // Enough entries for a second page (each change of slow mode is recorded).
  for (let i = 0; i < 32; i++) expect((await admin.request.put(`/api/v1/moderation/groups/${groupId}/slow-mode`, { data: { minutes: i % 2 ? 0 : 1 } })).status()).toBe(200);
  expect((await admin.request.put(`/api/v1/moderation/groups/${groupId}/slow-mode`, { data: { minutes: 0 } })).status()).toBe(200);

  const page = await admin.newPage();
  await page.goto('/admin/audit-log');
  const entries = page.getByTestId('audit-entry');
  await expect(entries).toHaveCount(30);
  await expect(entries.first()).toContainText('Turned slow mode off in Partners and grandparents');
  await page.getByRole('button', { name: a.auditLoadOlder }).click();
  await expect.poll(() => entries.count()).toBeGreaterThan(30);
  await expect(entries.nth(30)).toBeFocused();
  await admin.close();
});
