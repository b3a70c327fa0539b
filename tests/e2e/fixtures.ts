import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import en from '../../messages/en.json' with { type: 'json' };
import vi from '../../messages/vi.json' with { type: 'json' };

export const messages = { en, vi } as const;
export type Lang = keyof typeof messages;
export type Messages = typeof en;

/** Fails the test when axe finds a serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page, label: string) {
  // After a client-side navigation Next streams the new <title> in a moment later: scan the page
  // as it settles, not mid-navigation.
  await page.waitForFunction(() => document.title.trim() !== '');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on ${label}`,
  ).toEqual([]);
}

/** Fill ICU placeholders like {name} so a message can be matched as text. */
export function fmt(message: string, values: Record<string, string>) {
  return message.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export const test = base;
export { expect };
