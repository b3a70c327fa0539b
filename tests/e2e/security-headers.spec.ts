import { expect, test } from './fixtures';

test('production pages send the security headers and a locked-down session cookie', async ({ page, request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-content-type-options']).toBe('nosniff');

  const email = `cookie-${Date.now()}@example.com`;
  const created = await request.post('/api/v1/register', { data: { email, password: 'a-long-password', name: 'Cookie' } });
  expect(created.status()).toBe(201);
  const signedIn = await request.post('/api/v1/session', { data: { email, password: 'a-long-password' } });
  expect(signedIn.status()).toBe(200);
  const setCookie = signedIn.headers()['set-cookie'];
  expect(setCookie).toMatch(/authjs\.session-token=/);
  expect(setCookie).toMatch(/HttpOnly/i);
  expect(setCookie).toMatch(/SameSite=Lax/i);

  // The app's own pages keep working under that policy: no CSP violation in the console.
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
