import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import en from '../../messages/en.json' with { type: 'json' };
import vi from '../../messages/vi.json' with { type: 'json' };

export const messages = { en, vi } as const;
export type Lang = keyof typeof messages;
export type Messages = typeof en;

/** Fails the test when axe finds a serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page, label: string) {
  // After a client-side navigation or a refresh Next streams the new <head> a moment later, and
  // for that moment the document has no <title>. Scan the page once it has settled: a violation
  // that is still there after a few seconds fails the test.
  await expect(async () => {
    await page.waitForFunction(() => document.title.trim() !== '');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      `axe on ${label}`,
    ).toEqual([]);
  }).toPass({ timeout: 8_000, intervals: [250, 500, 1_000] });
}

/** Fill ICU placeholders like {name} so a message can be matched as text. */
export function fmt(message: string, values: Record<string, string>) {
  return message.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export const test = base;
export { expect };
