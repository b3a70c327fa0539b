import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, expectAccessible, fmt, messages, test, unique, type Lang } from './fixtures';
import { locales, makeFamily } from './family';

const DEMO_PASSWORD = 'village-demo-1';
const viewport = { width: 390, height: 844 };

const notReloaded = () => ((window as unknown as { __stay?: boolean }).__stay = true);
const stillHere = () => (window as unknown as { __stay?: boolean }).__stay === true;
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function signedIn(browser: Browser, lang: Lang, email: string, password = DEMO_PASSWORD) {
  const ctx = await browser.newContext({ locale: locales[lang], viewport });
  const res = await ctx.request.post('/api/v1/session', { data: { email, password } });
  expect(res.status(), `sign in ${email}`).toBe(200);
  return ctx;
}

async function newUser(browser: Browser, lang: Lang, name: string) {
  const id = unique();
  const email = `${name.toLowerCase().replace(/\W+/g, '')}-${id}@example.com`;
  const password = 'village-password-1';
  const ctx = await browser.newContext({ locale: locales[lang], viewport });
  expect((await ctx.request.post('/api/v1/register', { data: { email, password, name, locale: lang } })).status()).toBe(201);
  expect((await ctx.request.post('/api/v1/session', { data: { email, password } })).status()).toBe(200);
  return { ctx, email, name };
}

/** An answered question through the API, so "similar questions" has something in this language. */
async function answeredQuestion(asker: BrowserContext, expert: BrowserContext, title: string, body: string) {
  const asked = await asker.request.post('/api/v1/questions', { data: { title, body, tags: ['pumping'] } });
  expect(asked.status()).toBe(201);
  const { question } = await asked.json();
  expect((await expert.request.post(`/api/v1/questions/${question.id}/answers`, { data: { body: 'Pump every three hours and rest when you can.' } })).status()).toBe(201);
  return question.id as string;
}

for (const lang of ['vi', 'en'] as const) {
  const t = messages[lang];
  const q = t.questions;
  const x = t.experts;

  test(`[${lang}] she asks, sees similar answers while typing; the expert answers from the queue; it arrives live and she marks what helped`, async ({ browser }) => {
    const family = await makeFamily(browser, lang);
    const linh = await signedIn(browser, lang, 'linh@example.com');
    const id = family.id;

    // Something answered to find: the demo's Vietnamese question, or one asked here in English.
    let similarTitle: string;
    let title: string;
    if (lang === 'vi') {
      similarTitle = 'Sữa về ít sau khi đi làm lại';
      title = `Sua ve it sau khi di lam lai ${id}`;
    } else {
      similarTitle = `Very little milk when pumping at work ${id}`;
      await answeredQuestion(family.partner.ctx, linh, similarTitle, 'Since going back to work I pump very little milk. How can I get more?');
      title = `Pumping at work: very little milk ${id}`;
    }
    const body =
      lang === 'vi'
        ? 'Bé nhà em 4 tháng. Em đi làm lại được hai tuần, hút sữa ở công ty mỗi lần chỉ được ít. Em nên làm gì ạ?'
        : 'My baby is 4 months old. I went back to work two weeks ago and each pumping session gives only a little. What should I do?';

    // The expert's list is open before she asks: her question arrives in it by itself.
    const queue = await linh.newPage();
    await queue.goto('/experts/queue');
    await expect(queue.getByTestId('queue')).toHaveAttribute('data-live', 'connected');
    await expect(queue.getByRole('heading', { level: 1, name: x.queue.title })).toBeVisible();

    const mother = await family.mother.ctx.newPage();
    await mother.goto('/questions');
    await expect(mother.getByRole('heading', { level: 1, name: q.title })).toBeVisible();
    expect(await noSidewaysScroll(mother), 'no sideways scroll on /questions').toBe(true);
    await expectAccessible(mother, `questions list [${lang}]`);
    await mother.getByTestId('ask-link').click();
    await expect(mother).toHaveURL(/\/questions\/ask$/);

    const form = mother.getByTestId('ask-form');
    await form.getByLabel(q.form.titleLabel).fill(title);
    await form.getByLabel(q.form.bodyLabel).fill(body);
    const similar = mother.getByTestId('similar');
    await expect(similar.getByRole('link', { name: similarTitle })).toBeVisible();
    await form.getByText(q.tags.pumping, { exact: true }).click();
    await form.getByText(q.tags.supply, { exact: true }).click();
    await form.getByLabel(q.form.anonymous).check();
    expect(await noSidewaysScroll(mother), 'no sideways scroll on the ask form').toBe(true);
    await expectAccessible(mother, `ask form with similar questions [${lang}]`);
    await form.getByRole('button', { name: q.form.submit }).click();

    await expect(mother).toHaveURL(/\/questions\/[0-9a-f-]{36}$/);
    const questionId = mother.url().split('/').pop() as string;
    const question = mother.getByTestId('question');
    await expect(question.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(question.getByTestId('question-status')).toHaveAttribute('data-status', 'open');
    await expect(question).toContainText(q.question.anonymousMine);
    await expect(question).toHaveAttribute('data-live', 'connected');
    await mother.evaluate(notReloaded);
    await expectAccessible(mother, `her question, waiting [${lang}]`);

    // The queue shows it live, with how long she has waited.
    const item = queue.getByTestId('queue-item').filter({ hasText: title });
    await expect(item).toBeVisible();
    await expect(item).toContainText(fmt(x.queue.waiting, { duration: '' }).trim());
    await expect(queue.getByTestId('queue-announcement')).toContainText(title);
    expect(await noSidewaysScroll(queue), 'no sideways scroll on the queue').toBe(true);
    await expectAccessible(queue, `expert queue [${lang}]`);

    // The expert answers, with a step for the family.
    const answering = await linh.newPage();
    await answering.goto(`/questions/${questionId}`);
    const answerForm = answering.getByTestId('answer-form');
    const first = lang === 'vi' ? `Chị hút đều mỗi 3 giờ và nghỉ ngơi nhiều hơn nhé. ${id}` : `Pump every three hours and rest as much as you can. ${id}`;
    const step = lang === 'vi' ? `Nấu bữa tối ấm cho mẹ ${id}` : `Cook her a warm dinner ${id}`;
    await answerForm.getByLabel(q.answer.bodyLabel, { exact: true }).fill(first);
    await answerForm.getByRole('button', { name: q.answer.addStep }).click();
    await answerForm.getByLabel(q.answer.stepTitle).fill(step);
    await answerForm.getByLabel(q.answer.stepCategory).selectOption('meals');
    await answerForm.getByLabel(q.answer.stepAt).fill('18:00');
    await expectAccessible(answering, `answer form [${lang}]`);
    await answerForm.getByRole('button', { name: q.answer.submit }).click();
    await expect(answerForm.getByText(q.answer.posted)).toBeVisible();

    // Answered: it leaves the queue by itself.
    await expect(item).toHaveCount(0);

    // Her page shows the answer without a reload, with the expert's badge and a gentle notice.
    const thread = mother.getByTestId('thread');
    const answer1 = thread.getByTestId('answer').filter({ hasText: first });
    await expect(answer1).toBeVisible();
    await expect(answer1.getByTestId('expert-badge')).toHaveText(fmt(q.badge, { profession: q.professions.lactation_consultant }));
    await expect(mother.getByTestId('live-notice')).toContainText(fmt(q.question.liveArrived, { name: 'Linh (IBCLC)' }));
    await expect(question.getByTestId('question-status')).toHaveAttribute('data-status', 'answered');
    expect(await mother.evaluate(stillHere)).toBe(true);

    // A second answer; she marks that one as the one that helped: it moves to the top, marked.
    const second = lang === 'vi' ? `Trước khi hút, chị xem ảnh bé vài phút cho thư giãn. ${id}` : `Look at a photo of your baby for a few minutes before pumping. ${id}`;
    expect((await linh.request.post(`/api/v1/questions/${questionId}/answers`, { data: { body: second } })).status()).toBe(201);
    const answer2 = thread.getByTestId('answer').filter({ hasText: second });
    await expect(answer2).toBeVisible();
    await expect(thread.getByTestId('answer').first()).toContainText(first);
    await answer2.getByRole('button', { name: q.question.helped }).click();
    await expect(answer2).toHaveAttribute('data-accepted', 'true');
    await expect(answer2.getByTestId('helped-mark')).toHaveText(new RegExp(q.question.helpedYou));
    await expect(thread.getByTestId('answer').first()).toContainText(second);
    await expect(answer2).toBeFocused();
    expect(await mother.evaluate(stillHere)).toBe(true);
    await expectAccessible(mother, `her question, answered [${lang}]`);

    // One tap: the expert's step becomes a chore for her family.
    await answer1.getByRole('button', { name: fmt(q.family.askNamed, { title: step }) }).click();
    const added = answer1.getByTestId('step-added');
    await expect(added).toContainText(fmt(q.family.added, { circle: `${family.mother.name} ${id}` }));
    await expect(added.getByRole('link', { name: q.family.board })).toHaveAttribute('href', `/circles/${family.circleId}/chores`);
    const chores = await (await family.mother.ctx.request.get(`/api/v1/circles/${family.circleId}/chores`)).json();
    expect((chores.items as { title: string }[]).some((c) => c.title === step)).toBe(true);

    // Other mothers see "a mother", never her name.
    const other = await family.grandma.ctx.newPage();
    await other.goto(`/questions/${questionId}`);
    await expect(other.getByTestId('question')).toContainText(fmt(q.askedBy, { name: q.aMother }));
    await expect(other.getByTestId('question')).not.toContainText(family.mother.name);
    await expect(other.getByTestId('answer').first().getByTestId('helped-mark')).toHaveText(new RegExp(q.question.helpedHer));

    await linh.close();
    await family.close();
  });

  test(`[${lang}] a red-flag question shows "get care now" at once, before the server answers`, async ({ browser }) => {
    const mother = await newUser(browser, lang, lang === 'vi' ? 'Hương' : 'Grace');
    const page = await mother.ctx.newPage();
    await page.goto('/questions/ask');
    const id = unique();
    const title = lang === 'vi' ? `Sốt và ngực đau ${id}` : `Fever and a sore breast ${id}`;
    const body =
      lang === 'vi'
        ? 'Em bị sốt 38,9 độ, bên ngực trái sưng đỏ, nóng và rất đau khi cho bé bú.'
        : 'I have a fever of 38.9 and my left breast is red, hot and very painful when I feed.';
    const form = page.getByTestId('ask-form');
    await form.getByLabel(q.form.titleLabel).fill(title);
    await form.getByLabel(q.form.bodyLabel).fill(body);

    // A slow network: the save takes seconds; the help must not.
    await page.route('**/questions/ask', async (route) => {
      if (route.request().method() === 'POST') await new Promise((r) => setTimeout(r, 5000));
      await route.continue();
    });
    await form.getByRole('button', { name: q.form.submit }).click();
    const panel = page.getByTestId('care-now-panel');
    await expect(panel).toBeVisible({ timeout: 3000 });
    await expect(panel.getByRole('heading', { level: 2, name: q.careNow.title })).toBeFocused();
    await expect(panel.getByTestId('care-now-emergency')).toHaveAttribute('href', 'tel:115');
    await expect(panel.getByTestId('care-now-emergency')).toHaveText(fmt(q.careNow.call, { number: '115' }));
    await expect(panel.locator('[data-sign="mastitis"]')).toContainText(q.careNow.signs.mastitis);
    await expect(panel.getByTestId('care-now-save')).toHaveAttribute('data-state', 'saving');
    expect(await noSidewaysScroll(page), 'no sideways scroll under the panel').toBe(true);

    // Saved: it went to the top of the experts' list, and she can go on to it.
    await expect(panel.getByTestId('care-now-save')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
    await expectAccessible(page, `get care now [${lang}]`);
    await panel.getByRole('link', { name: q.careNow.continue }).click();
    await expect(page).toHaveURL(/\/questions\/[0-9a-f-]{36}$/);
    const box = page.getByTestId('care-now-box');
    await expect(box).toBeVisible();
    await expect(box.getByTestId('care-now-emergency')).toHaveAttribute('href', 'tel:115');
    await expect(page.getByTestId('question').getByTestId('urgent-badge')).toBeVisible();
    await expectAccessible(page, `her urgent question [${lang}]`);
    await mother.ctx.close();
  });

  test(`[${lang}] a midwife applies; the admin declines only with a reason, then verifies her; her queue opens`, async ({ browser }) => {
    const applicant = await newUser(browser, lang, lang === 'vi' ? 'Cô Phượng' : 'Midwife Ann');
    const page = await applicant.ctx.newPage();

    // Not an expert yet: the queue explains and leads to the application.
    await page.goto('/experts/queue');
    await expect(page.getByRole('heading', { level: 1, name: x.queue.notExpertTitle })).toBeVisible();
    await page.goto('/questions');
    await page.getByTestId('apply-link').click();
    await expect(page).toHaveURL(/\/experts\/apply$/);
    const form = page.getByTestId('apply-form');

    // Sent with a gap: each field says what is missing, and what she typed stays.
    await form.getByLabel(x.apply.workplace).fill('Bệnh viện Phụ sản Hà Nội');
    await form.getByRole('button', { name: x.apply.submit }).click();
    await expect(form.getByText(x.errors.profession.required)).toBeVisible();
    await expect(form.getByText(x.errors.licenceNumber.required)).toBeVisible();
    await expect(form.getByLabel(x.apply.workplace)).toHaveValue('Bệnh viện Phụ sản Hà Nội');
    await expectAccessible(page, `application errors [${lang}]`);
    await form.getByText(q.professions.midwife, { exact: true }).click();
    const licence = `NHS-${unique()}`;
    await form.getByLabel(x.apply.licence).fill(licence);
    await form.getByRole('button', { name: x.apply.submit }).click();
    await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'pending');

    // The admin, from the safety settings page.
    const admin = await signedIn(browser, lang, 'admin@example.com');
    const adminPage = await admin.newPage();
    await adminPage.goto('/admin/settings');
    await adminPage.getByRole('link', { name: x.admin.link }).click();
    await expect(adminPage).toHaveURL(/\/admin\/experts$/);
    await expect(adminPage.getByTestId('expert-stats')).toBeVisible();
    await expect(adminPage.getByTestId('median-30')).not.toBeEmpty();
    const card = adminPage.getByTestId('application').filter({ hasText: applicant.email });
    await expect(card).toHaveAttribute('data-status', 'pending');
    expect(await noSidewaysScroll(adminPage), 'no sideways scroll on /admin/experts').toBe(true);
    await expectAccessible(adminPage, `admin experts [${lang}]`);

    await card.getByRole('button', { name: fmt(x.admin.declineNamed, { name: applicant.name }) }).click();
    await card.getByRole('button', { name: x.admin.declineYes }).click();
    await expect(card.getByText(x.errors.reason.invalid)).toBeVisible();
    await card.getByRole('button', { name: x.admin.cancel }).click();
    await card.getByRole('button', { name: fmt(x.admin.verifyNamed, { name: applicant.name }) }).click();
    await expect(card).toHaveAttribute('data-status', 'verified');
    await expect(card.getByRole('status')).toHaveText(fmt(x.admin.verified, { name: applicant.name }));

    await page.reload();
    await expect(page.getByTestId('application-status')).toHaveAttribute('data-status', 'verified');
    await page.getByRole('link', { name: x.apply.toQueue }).click();
    await expect(page.getByRole('heading', { level: 1, name: x.queue.title })).toBeVisible();
    await expect(page.getByTestId('queue')).toHaveAttribute('data-live', 'connected');
    await admin.close();
    await applicant.ctx.close();
  });
}
