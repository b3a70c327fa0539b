import { expect, expectAccessible, fmt, messages, test } from './fixtures';
import { makeFamily } from './family';

const notReloaded = () => ((window as unknown as { __stay?: boolean }).__stay = true);
const stillHere = () => (window as unknown as { __stay?: boolean }).__stay === true;

for (const lang of ['vi', 'en'] as const) {
  const t = messages[lang];

  test(`[${lang}] the partner claims a chore and the mother's board shows it live`, async ({ browser }) => {
    const family = await makeFamily(browser, lang);
    const title = lang === 'vi' ? `Nấu canh cá ${family.id}` : `Cook fish soup ${family.id}`;
    const created = await family.mother.ctx.request.post(`/api/v1/circles/${family.circleId}/chores`, {
      data: { title, category: 'meals', effort: 2 },
    });
    expect(created.status()).toBe(201);

    const mother = await family.mother.ctx.newPage();
    await mother.goto(`/circles/${family.circleId}/chores`);
    await expect(mother.getByTestId('chore-board')).toHaveAttribute('data-live', 'connected');
    await mother.evaluate(notReloaded);
    const motherCard = mother.getByTestId('chore-card').filter({ hasText: title });
    await expect(motherCard).toHaveAttribute('data-status', 'open');
    await expectAccessible(mother, 'chore board (mother)');

    const partner = await family.partner.ctx.newPage();
    await partner.goto(`/circles/${family.circleId}/chores`);
    const partnerCard = partner.getByTestId('chore-card').filter({ hasText: title });
    await partnerCard.getByRole('button', { name: t.chores.claim }).click();
    await expect(partnerCard).toHaveAttribute('data-status', 'claimed');
    await expectAccessible(partner, 'chore board (partner)');

    // Mai's screen changes by itself: the chore moved to "someone's on it", with his name.
    await expect(motherCard).toHaveAttribute('data-status', 'claimed');
    await expect(motherCard).toContainText(family.partner.name);
    expect(await mother.evaluate(stillHere)).toBe(true);

    // He finishes it; she sees that too, still without reloading.
    await partnerCard.getByRole('button', { name: t.chores.complete, exact: true }).click();
    await expect(motherCard).toHaveAttribute('data-status', 'done');
    expect(await mother.evaluate(stillHere)).toBe(true);
    await family.close();
  });

  test(`[${lang}] the grandmother sends encouragement and the mother sees it pop up`, async ({ browser }) => {
    const family = await makeFamily(browser, lang);
    const note = lang === 'vi' ? `Con giỏi lắm, bà tự hào về con ${family.id} <b>` : `You are doing so well ${family.id} <b>`;

    const mother = await family.mother.ctx.newPage();
    await mother.goto('/');
    await expect(mother.getByRole('heading', { level: 1, name: fmt(t.home.greeting, { name: family.mother.name }) })).toBeVisible();
    await mother.evaluate(notReloaded);

    const grandma = await family.grandma.ctx.newPage();
    await grandma.goto(`/circles/${family.circleId}/encouragement`);
    await grandma.getByLabel(t.encouragement.messageLabel).fill(note);
    await expectAccessible(grandma, 'encouragement composer');
    await grandma.getByRole('button', { name: t.encouragement.send, exact: true }).click();
    await expect(grandma.getByText(t.encouragement.sent)).toBeVisible();

    const toast = mother.getByTestId('encouragement-toast');
    await expect(toast).toBeVisible();
    // Shown as text, markup and all.
    await expect(toast).toContainText(note);
    await expect(toast).toContainText(family.grandma.name);
    expect(await mother.evaluate(stillHere)).toBe(true);
    await expectAccessible(mother, 'home with a note');

    await mother.goto(`/circles/${family.circleId}/encouragement`);
    await expect(mother.getByTestId('encouragement-wall')).toContainText(note);
    await expectAccessible(mother, 'encouragement wall');
    await family.close();
  });

  test(`[${lang}] while the mother rests, a note waits and pops up when she wakes`, async ({ browser }) => {
    const family = await makeFamily(browser, lang);
    const until = new Date(Date.now() + 2 * 3_600_000).toISOString();
    expect((await family.mother.ctx.request.put(`/api/v1/circles/${family.circleId}/rest`, { data: { until } })).status()).toBe(200);

    const mother = await family.mother.ctx.newPage();
    await mother.goto('/');
    await expect(mother.getByTestId('rest-status')).toBeVisible();
    await expect(mother.getByTestId('rest-status').getByRole('button', { name: t.rest.awake })).toBeVisible();
    await expectAccessible(mother, 'home while resting');

    const note = lang === 'vi' ? `Ngủ ngon nhé con ${family.id}` : `Sleep well ${family.id}`;
    const sent = await family.grandma.ctx.request.post(`/api/v1/circles/${family.circleId}/encouragements`, { data: { message: note } });
    expect(sent.status()).toBe(201);
    // The family sees she is resting.
    const grandma = await family.grandma.ctx.newPage();
    await grandma.goto(`/circles/${family.circleId}/chores`);
    await expect(grandma.getByTestId('rest-banner')).toContainText(family.mother.name);

    await mother.waitForTimeout(1500);
    await expect(mother.getByTestId('encouragement-toast')).toHaveCount(0);

    await mother.getByTestId('rest-status').getByRole('button', { name: t.rest.awake }).click();
    await expect(mother.getByTestId('encouragement-toast')).toContainText(note);
    await family.close();
  });

  test(`[${lang}] the mother asks for rest and the partner answers`, async ({ browser }) => {
    const family = await makeFamily(browser, lang);

    const partner = await family.partner.ctx.newPage();
    await partner.goto(`/circles/${family.circleId}/chores`);
    await expect(partner.getByTestId('chore-board')).toHaveAttribute('data-live', 'connected');

    const mother = await family.mother.ctx.newPage();
    await mother.goto('/');
    await mother.getByRole('radio', { name: t.support.kinds.rest, exact: true }).check();
    await mother.getByRole('button', { name: fmt(t.support.send, { need: t.support.kinds.rest }) }).click();
    const status = mother.getByTestId('support-status');
    await expect(status).toContainText(t.support.waiting);

    const alert = partner.getByTestId('support-alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(family.mother.name);
    await expectAccessible(partner, 'board with a support alert');
    await alert.getByRole('button', { name: t.support.answer }).click();
    await expect(alert).toContainText(t.support.youAreOnIt);

    await expect(status).toContainText(fmt(t.support.answeredBy, { name: family.partner.name }));
    await expectAccessible(mother, 'home after the answer');
    await family.close();
  });
}
