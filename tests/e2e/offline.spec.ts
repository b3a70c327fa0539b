import type { Page } from '@playwright/test';
import { expectAccessible, expect, messages, test } from './fixtures';
import { makeFamily } from './family';

/** Waits until the service worker runs this page and has kept `path` for offline use. */
async function expectKeptOffline(page: Page, path: string) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(async (p) => Boolean(await caches.match(new URL(p, location.origin).href, { ignoreVary: true })), path), {
      message: `${path} kept for offline use`,
      timeout: 15_000,
    })
    .toBe(true);
}

for (const lang of ['vi', 'en'] as const) {
  const t = messages[lang];

  test(`[${lang}] a note written offline is sent once when she is back, and the board she loaded still opens`, async ({ browser }) => {
    const family = await makeFamily(browser, lang);
    try {
      const board = `/circles/${family.circleId}/chores`;
      const wall = `/circles/${family.circleId}/encouragement`;
      const grandma = await family.grandma.ctx.newPage();
      const mother = await family.mother.ctx.newPage();

      // Grandma looks at the board at home, with a connection.
      await grandma.goto(board);
      await expect(grandma.getByRole('heading', { level: 1, name: t.chores.title })).toBeVisible();
      await expectKeptOffline(grandma, board);

      await mother.goto(wall);
      await expect(mother.getByRole('heading', { level: 1, name: t.encouragement.titleOwner })).toBeVisible();
      await expect(mother.getByTestId('encouragement-wall')).toHaveAttribute('data-live', 'connected');

      await grandma.goto(wall);
      await expect(grandma.getByRole('heading', { level: 1, name: t.encouragement.title })).toBeVisible();

      // The signal goes: a calm banner, and the note waits on her phone.
      await family.grandma.ctx.setOffline(true);
      await expect(grandma.getByText(t.offline.banner)).toBeVisible();
      const note = lang === 'vi' ? `Con nghỉ đi, tối nay bà trông cháu ${family.id}` : `Rest tonight, I have the baby ${family.id}`;
      await grandma.getByLabel(t.encouragement.messageLabel).fill(note);
      await grandma.getByRole('button', { name: t.encouragement.send, exact: true }).click();
      await expect(grandma.getByRole('status').filter({ hasText: t.offline.queued })).toBeVisible();
      await expect(grandma.getByLabel(t.encouragement.messageLabel)).toHaveValue('');
      await expect(mother.getByTestId('encouragement-note').filter({ hasText: note })).toHaveCount(0);

      // Back online: it goes out by itself, exactly once.
      await family.grandma.ctx.setOffline(false);
      await expect(grandma.getByText(t.encouragement.sent)).toBeVisible();
      await expect(grandma.getByText(t.offline.banner)).toHaveCount(0);
      await expect(mother.getByTestId('encouragement-note').filter({ hasText: note })).toHaveCount(1);
      await mother.reload();
      await expect(mother.getByTestId('encouragement-note').filter({ hasText: note })).toHaveCount(1);
      const list: { items: { message: string }[] } = await mother.evaluate(async (url) => (await fetch(url)).json(), `/api/v1/circles/${family.circleId}/encouragements`);
      expect(list.items.filter((n) => n.message === note)).toHaveLength(1);

      // No signal again: the board she loaded earlier still opens, from the phone.
      await family.grandma.ctx.setOffline(true);
      const response = await grandma.goto(board);
      expect(response?.fromServiceWorker()).toBe(true);
      await expect(grandma.getByRole('heading', { level: 1, name: t.chores.title })).toBeVisible();

      // A page she never opened: the offline page, in both languages.
      const never = await grandma.goto(`/circles/${family.circleId}/invitations`);
      expect(never?.fromServiceWorker()).toBe(true);
      await expect(grandma.getByRole('heading', { level: 1 })).toHaveText('Bạn đang ngoại tuyến');
      await family.grandma.ctx.setOffline(false);
    } finally {
      await family.close();
    }
  });
}

test('dark mode: pages stay readable at night (axe, contrast included)', async ({ browser }) => {
  const family = await makeFamily(browser, 'vi');
  try {
    const mother = await family.mother.ctx.newPage();
    await mother.emulateMedia({ colorScheme: 'dark' });
    for (const path of ['/', `/circles/${family.circleId}`, `/circles/${family.circleId}/chores`, `/circles/${family.circleId}/encouragement`, '/notifications']) {
      await mother.goto(path);
      await expect(mother.getByRole('heading', { level: 1 })).toBeVisible();
      // The page really is dark: light text on a dark background.
      const bg = await mother.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg, `${path} background`).toBe('rgb(23, 19, 16)');
      await expectAccessible(mother, `${path} (dark)`);
    }

    const signedOut = await browser.newContext({ locale: 'en-US', colorScheme: 'dark', viewport: { width: 390, height: 844 } });
    const page = await signedOut.newPage();
    for (const path of ['/', '/sign-in', '/sign-up']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page, `${path} (dark, signed out)`);
    }
    await signedOut.close();
  } finally {
    await family.close();
  }
});
