import { expectAccessible, expect, fmt, messages, test, unique, type Lang } from './fixtures';
import { CirclesPage, InvitationsPage, SignUpPage } from './pages';

const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };

for (const lang of ['vi', 'en'] as const) {
  const t = messages[lang];

  test(`[${lang}] a mother invites her partner and sees him join live`, async ({ browser }) => {
    const id = unique();
    const mother = { name: lang === 'vi' ? 'Ngọc Ánh' : 'Anna', email: `mother-${id}@example.com`, password: 'night-feeds-2am' };
    const partner = { name: lang === 'vi' ? 'Quốc Bảo' : 'Ben', email: `partner-${id}@example.com`, password: 'i-take-the-baby' };
    const circleName = lang === 'vi' ? `Nhà Ánh ${id}` : `Anna's family ${id}`;

    const motherCtx = await browser.newContext({ locale: locales[lang], viewport: { width: 390, height: 844 } });
    const partnerCtx = await browser.newContext({ locale: locales[lang], viewport: { width: 390, height: 844 } });
    const a = await motherCtx.newPage();
    const b = await partnerCtx.newPage();

    // The landing page speaks the browser's language.
    await a.goto('/');
    await expect(a.locator('html')).toHaveAttribute('lang', lang);
    await expect(a.getByRole('heading', { level: 1 })).toHaveText(t.landing.title);
    await expectAccessible(a, 'landing');

    await a.getByRole('link', { name: t.landing.signUp }).first().click();
    await expect(a).toHaveURL(/\/sign-up/);
    await expectAccessible(a, 'sign-up');
    await new SignUpPage(a, t).signUp(mother);
    await expect(a.getByRole('heading', { level: 1, name: fmt(t.home.greeting, { name: mother.name }) })).toBeVisible();
    await expectAccessible(a, 'home');

    await a.goto('/circles');
    await expectAccessible(a, 'circles');
    await new CirclesPage(a, t).create(circleName);
    await expect(a.getByRole('heading', { level: 1, name: circleName })).toBeVisible();
    const circleUrl = a.url();
    await expectAccessible(a, 'circle');

    await a.getByRole('link', { name: t.circle.invite }).first().click();
    await expect(a).toHaveURL(/\/invitations$/);
    const invitation = await new InvitationsPage(a, t).invite('partner');
    expect(invitation.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(invitation.url).toContain(`/join/${invitation.code.replace('-', '')}`);
    await expectAccessible(a, 'invitations');

    // Back on the circle page, connected live; mark the document to prove it is never reloaded.
    await a.goto(circleUrl);
    await expect(a.getByTestId('members-list')).toHaveAttribute('data-live', 'connected');
    await a.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));
    await expect(a.getByTestId('member-item')).toHaveCount(1);

    // The partner opens the link from his messenger, creates an account and joins.
    await b.goto(new URL(invitation.url).pathname);
    await expect(b.getByText(circleName).first()).toBeVisible();
    await expectAccessible(b, 'join');
    await b.getByRole('link', { name: t.join.createAccount }).click();
    await expect(b).toHaveURL(/\/sign-up/);
    await new SignUpPage(b, t).signUp(partner);
    await expect(b.getByRole('heading', { level: 1, name: circleName })).toBeVisible();
    await expect(b.getByTestId('members-list')).toContainText(mother.name);
    await expectAccessible(b, 'circle (partner)');

    // The mother sees him appear, as her partner, without reloading.
    const newMember = a.getByTestId('member-item').filter({ hasText: partner.name });
    await expect(newMember).toBeVisible();
    await expect(newMember).toContainText(t.relationships.partner);
    await expect(a.getByTestId('member-item')).toHaveCount(2);
    expect(await a.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);

    await motherCtx.close();
    await partnerCtx.close();
  });
}

test('the language switch changes the language and remembers it', async ({ browser }) => {
  const ctx = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.getByTestId('language-switch').getByRole('button', { name: /english/i }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.en.landing.title);
  await page.goto('/sign-in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page, 'sign-in (en)');
  await ctx.close();
});
