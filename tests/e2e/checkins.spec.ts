import type { Page } from '@playwright/test';
import { expect, expectAccessible, fmt, messages, test } from './fixtures';
import { locales, makeFamily } from './family';

const SIZES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
] as const;

/** Vietnam's calendar day, as the server counts it. */
function vnDay(offset = 0) {
  const d = new Date(Date.now() + 7 * 3600_000);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

/** Counts every tap the test makes, so "under ten taps" is measured, not assumed. */
function tapCounter() {
  let taps = 0;
  return {
    tap: async (locator: ReturnType<Page['locator']>) => {
      taps++;
      await locator.click();
    },
    get count() {
      return taps;
    },
  };
}

for (const lang of ['vi', 'en'] as const) {
  const t = messages[lang];
  const c = t.checkins;
  for (const size of SIZES) {
    const tag = `[${lang} ${size.width}×${size.height}]`;

    test(`${tag} check-in in under ten taps, saved, updated, chart and shared with the family`, async ({ browser }) => {
      const family = await makeFamily(browser, lang);
      const page = await family.mother.ctx.newPage();
      await page.setViewportSize(size);

      // Her home leads to the check-in.
      await page.goto('/');
      await page.getByTestId('home-checkin').getByRole('link', { name: t.home.checkinCta }).click();
      await expect(page).toHaveURL(/\/checkins$/);
      const form = page.getByTestId('checkin-form');
      await expect(form).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll').toBe(true);
      await expectAccessible(page, `check-in form ${tag}`);

      const taps = tapCounter();
      const group = (name: string) => form.getByRole('group', { name });
      await taps.tap(group(c.moodLegend).getByText(c.moodLevels['2'], { exact: true }));
      await taps.tap(group(c.sleepLegend).getByText('3', { exact: true }));
      await taps.tap(group(c.stressLegend).getByText(c.stressLevels['4'], { exact: true }));
      await taps.tap(group(c.appetiteLegend).getByText(c.appetiteLevels['2'], { exact: true }));
      const moreWater = form.getByRole('button', { name: fmt(c.more, { what: c.waterLabel }) });
      await taps.tap(moreWater);
      await taps.tap(moreWater);
      await taps.tap(form.getByRole('button', { name: fmt(c.more, { what: c.mealsLabel }) }));
      await taps.tap(group(c.safetyLegend).getByText(c.safetyNo, { exact: true }));
      await taps.tap(form.getByRole('button', { name: c.save }));
      expect(taps.count).toBeLessThan(10);

      const saved = page.getByTestId('checkin-saved');
      await expect(saved).toContainText(c.savedNew);
      await expect(saved).toHaveAttribute('data-state', 'created');
      await expectAccessible(page, `check-in saved ${tag}`);

      // Her week at a glance; 30 days on request.
      const chart = page.getByTestId('checkin-chart');
      await expect(chart).toContainText(c.sleepSeries);
      await chart.getByRole('button', { name: c.range30 }).click();
      await expect(chart).toHaveAttribute('data-range', '30');
      await expect(page.getByTestId('checkin-nudges')).toBeVisible();

      // The partner's board is open; she shares how she slept; he adds the suggested chore in one tap.
      const partner = await family.partner.ctx.newPage();
      await partner.setViewportSize(size);
      await partner.goto(`/circles/${family.circleId}/chores`);
      await expect(partner.getByTestId('chore-board')).toHaveAttribute('data-live', 'connected');
      await saved.getByTestId('share-checkin').getByRole('button').first().click();
      await expect(saved.getByTestId('share-checkin')).toContainText(fmt(c.shared, { circle: '' }).split('.')[0].trim());
      const card = partner.getByTestId('checkin-shared-card');
      await expect(card).toContainText(fmt(c.sharedCard, { name: family.mother.name, hours: '3' }));
      // Never her mood, stress or answers.
      await expect(card).not.toContainText(c.moodLevels['2']);
      await card.getByRole('button').click();
      await expect(card).toContainText(c.sharedAdded);
      await expectAccessible(partner, `shared check-in card ${tag}`);

      // Same day again: it updates, and says so.
      await saved.getByRole('button', { name: c.editAgain }).click();
      await expect(form.getByText(c.alreadyToday)).toBeVisible();
      await form.getByRole('group', { name: c.moodLegend }).getByText(c.moodLevels['4'], { exact: true }).click();
      await form.getByRole('button', { name: c.save }).click();
      await expect(saved).toHaveAttribute('data-state', 'updated');
      await expect(saved).toContainText(c.savedUpdated);
      await family.close();
    });

    test(`${tag} two weeks of low days bring the kind doctor prompt`, async ({ browser }) => {
      const family = await makeFamily(browser, lang);
      for (let i = 1; i <= 9; i++) {
        const res = await family.mother.ctx.request.post('/api/v1/checkins', {
          data: { date: vnDay(-i), mood: 2, sleepHours: 3.5, stress: 4, appetite: 2, waterGlasses: 4, meals: 3 },
        });
        expect(res.status()).toBe(201);
      }
      // A day not yet come and one too far back are refused, naming the date.
      const future = await family.mother.ctx.request.post('/api/v1/checkins', { data: { date: vnDay(1), mood: 3, sleepHours: 5, stress: 3, appetite: 3 } });
      expect(future.status()).toBe(400);
      expect((await future.json()).error.fields.date).toBeTruthy();

      const page = await family.mother.ctx.newPage();
      await page.setViewportSize(size);
      await page.goto('/');
      const home = page.getByTestId('insight-doctor');
      await expect(home).toContainText(t.insight.title);
      await expect(home.getByRole('link', { name: fmt(t.insight.emergency, { number: '115' }) })).toHaveAttribute('href', 'tel:115');
      await expectAccessible(page, `home with insight ${tag}`);

      await page.goto('/checkins');
      const panel = page.getByTestId('insight-doctor');
      await expect(panel).toBeVisible();
      await panel.getByRole('link', { name: t.insight.guide }).click();
      await expect(page.getByTestId('guide-page')).toHaveAttribute('data-guide', 'seek-help');
      await expectAccessible(page, `seek-help guide ${tag}`);

      // A missed day from the form, and the date rule shown on the field.
      await page.goto('/checkins');
      const form = page.getByTestId('checkin-form');
      await form.getByText(c.otherDay).click();
      await form.getByLabel(c.dateLabel).fill(vnDay(-20));
      await form.getByRole('group', { name: c.moodLegend }).getByText(c.moodLevels['3'], { exact: true }).click();
      await form.getByRole('group', { name: c.sleepLegend }).getByText('5', { exact: true }).click();
      await form.getByRole('group', { name: c.stressLegend }).getByText(c.stressLevels['3'], { exact: true }).click();
      await form.getByRole('group', { name: c.appetiteLegend }).getByText(c.appetiteLevels['3'], { exact: true }).click();
      await form.getByRole('button', { name: c.save }).click();
      await expect(form.getByText(c.dateTooOld)).toBeVisible();
      await expectAccessible(page, `check-in date error ${tag}`);
      await family.close();
    });

    test(`${tag} a yes opens the full-screen crisis panel and can alert her trusted person`, async ({ browser }) => {
      const family = await makeFamily(browser, lang);
      const page = await family.mother.ctx.newPage();
      await page.setViewportSize(size);
      await page.goto('/checkins');
      const form = page.getByTestId('checkin-form');
      await form.getByRole('group', { name: c.moodLegend }).getByText(c.moodLevels['1'], { exact: true }).click();
      await form.getByRole('group', { name: c.sleepLegend }).getByText('2', { exact: true }).click();
      await form.getByRole('group', { name: c.stressLegend }).getByText(c.stressLevels['5'], { exact: true }).click();
      await form.getByRole('group', { name: c.appetiteLegend }).getByText(c.appetiteLevels['1'], { exact: true }).click();
      await form.getByRole('group', { name: c.safetyLegend }).getByText(c.safetyYes, { exact: true }).click();
      await form.getByRole('button', { name: c.save }).click();

      const panel = page.getByTestId('crisis-panel');
      await expect(panel).toBeVisible();
      const box = await panel.boundingBox();
      expect(box?.width).toBe(size.width);
      expect(box?.height).toBe(size.height);
      expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="crisis-panel"]') !== null)).toBe(true);
      const call = panel.getByRole('link', { name: fmt(t.crisis.call, { number: '115' }) });
      await expect(call).toBeInViewport();
      await expect(call).toHaveAttribute('href', 'tel:115');
      await expect(panel.getByRole('link', { name: t.crisis.guide })).toHaveAttribute('href', '/guides/seek-help');
      await expectAccessible(page, `crisis panel ${tag}`);

      // No trusted person yet: she chooses the partner right there, and he is told at once.
      await panel.getByRole('radio', { name: family.partner.name }).check();
      await panel.getByRole('button', { name: t.crisis.chooseAndAlert }).click();
      await expect(panel.getByTestId('crisis-alerted')).toContainText(fmt(t.crisis.alerted, { name: family.partner.name }));
      await expect
        .poll(async () => {
          const res = await family.partner.ctx.request.get('/api/v1/notifications');
          const body = (await res.json()) as { items: { kind: string }[] };
          return body.items.some((n) => n.kind === 'trusted_alert');
        })
        .toBe(true);
      const partner = await family.partner.ctx.newPage();
      await partner.setViewportSize(size);
      await partner.goto('/notifications');
      await expect(partner.getByText(fmt(t.notifications.kinds.trusted_alert, { actor: family.mother.name }))).toBeVisible();

      // Escape closes it; the saved check-in is behind.
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(page.getByTestId('checkin-saved')).toBeVisible();
      await family.close();
    });

    test(`${tag} the guides read on a phone, signed out too`, async ({ browser }) => {
      const ctx = await browser.newContext({ locale: locales[lang], viewport: size });
      await ctx.addCookies([{ name: 'village-locale', value: lang, url: test.info().project.use.baseURL ?? 'http://127.0.0.1:3000' }]);
      const page = await ctx.newPage();
      await page.goto('/guides');
      await expect(page.getByRole('heading', { level: 1, name: t.guides.title })).toBeVisible();
      await expectAccessible(page, `guides index ${tag}`);
      for (const slug of ['milk-and-stress', 'food-and-water', 'rest-and-calm', 'family-help', 'seek-help'] as const) {
        await page.goto(`/guides/${slug}`);
        const guide = page.getByTestId('guide-page');
        await expect(guide.getByRole('heading', { level: 1 })).toHaveText(t.guides.items[slug].title);
        await expect(guide.getByTestId('guide-try')).toContainText(t.guides.tryThis);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        expect(overflow, `no sideways scroll on ${slug}`).toBe(false);
        await expectAccessible(page, `guide ${slug} ${tag}`);
      }
      await ctx.close();
    });
  }
}

for (const lang of ['vi', 'en'] as const) {
  const t = messages[lang];
  test(`[${lang} 360×640] account: export my data, then delete it, handing the circle to the partner`, async ({ browser }) => {
    const family = await makeFamily(browser, lang);
    const page = await family.mother.ctx.newPage();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/account');
    const exportLink = page.getByTestId('export-data');
    await expect(exportLink).toHaveAttribute('href', '/api/v1/me/export');
    const exported = await family.mother.ctx.request.get('/api/v1/me/export');
    expect((await exported.json()).profile.email).toBe(family.mother.email);

    const del = page.getByTestId('delete-account');
    await expect(del).toContainText(t.account.deleteKept);
    await del.getByText(t.account.deleteOpen).click();
    await expectAccessible(page, `account delete ${lang}`);
    await del.getByRole('radio', { name: fmt(t.account.deleteCircleTo, { name: family.partner.name }) }).check();
    await del.getByLabel(t.account.deletePassword).fill('wrong-password-1');
    await del.getByRole('button', { name: t.account.deleteButton }).click();
    await expect(del.getByText(t.fieldErrors.validation.password)).toBeVisible();
    await del.getByLabel(t.account.deletePassword).fill('family-password-1');
    await del.getByRole('button', { name: t.account.deleteButton }).click();
    await expect(page.getByRole('status').filter({ hasText: t.notices.deleted })).toBeVisible();
    expect((await family.mother.ctx.request.get('/api/v1/me')).status()).toBe(401);
    // The partner now holds the circle.
    const circle = await (await family.partner.ctx.request.get(`/api/v1/circles/${family.circleId}`)).json();
    expect(circle.myRole).toBe('owner');
    await family.close();
  });
}
