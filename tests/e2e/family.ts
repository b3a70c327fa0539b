import type { Browser, BrowserContext } from '@playwright/test';
import { unique, type Lang } from './fixtures';

export const locales: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };

export interface Person {
  ctx: BrowserContext;
  name: string;
  email: string;
}

/**
 * A family set up through the JSON API (each person's browser context carries their session):
 * the mother owns a circle; the partner and grandmother joined by invitation.
 */
export async function makeFamily(browser: Browser, lang: Lang) {
  const id = unique();
  const password = 'family-password-1';
  const names = lang === 'vi' ? { mother: 'Thu Hà', partner: 'Minh Khoa', grandma: 'Bà Lan' } : { mother: 'Hannah', partner: 'Sam', grandma: 'Grandma Rose' };

  async function person(role: keyof typeof names, invitationCode?: string): Promise<Person> {
    const ctx = await browser.newContext({ locale: locales[lang], viewport: { width: 390, height: 844 } });
    const email = `${role}-${id}@example.com`;
    const reg = await ctx.request.post('/api/v1/register', { data: { email, password, name: names[role], locale: lang, invitationCode } });
    if (reg.status() !== 201) throw new Error(`register ${role}: ${reg.status()} ${await reg.text()}`);
    const session = await ctx.request.post('/api/v1/session', { data: { email, password } });
    if (session.status() !== 200) throw new Error(`sign in ${role}: ${session.status()}`);
    return { ctx, name: names[role], email };
  }

  const mother = await person('mother');
  const circle = await (await mother.ctx.request.post('/api/v1/circles', { data: { name: `${names.mother} ${id}` } })).json();
  const invite = async (relationship: string) =>
    (await (await mother.ctx.request.post(`/api/v1/circles/${circle.id}/invitations`, { data: { relationship } })).json()).code as string;
  const partner = await person('partner', await invite('partner'));
  const grandma = await person('grandma', await invite('grandparent'));
  return {
    id,
    circleId: circle.id as string,
    mother,
    partner,
    grandma,
    close: async () => Promise.all([mother.ctx.close(), partner.ctx.close(), grandma.ctx.close()]),
  };
}
