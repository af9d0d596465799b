import { expect, type APIRequestContext, type Browser, type Page, type TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';

export const EMAIL = process.env.SIMADMIN_E2E_EMAIL ?? 'superadmin@example.com';
export const PASSWORD = process.env.SIMADMIN_E2E_PASSWORD ?? '';
export const SMTP_URL = process.env.SIMADMIN_E2E_SMTP_URL;

/** A value no earlier run used, so runs against the same data directory never collide. */
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

/**
 * A page for a journey of several tests (one sign-in for all of them: the refresh token rotates, so sessions cannot
 * be copied between pages, and every sign-in counts against the gateway's per-address limit).
 */
export async function journeyPage(browser: Browser, info: TestInfo): Promise<Page> {
  const use = info.project.use;
  const context = await browser.newContext({
    baseURL: use.baseURL,
    viewport: use.viewport,
    isMobile: use.isMobile,
    hasTouch: use.hasTouch,
    deviceScaleFactor: use.deviceScaleFactor,
    reducedMotion: 'reduce',
  });
  return context.newPage();
}

export async function signIn(page: Page, email = EMAIL, password = PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Email or username').fill(email);
  await page.getByLabel('Password', { exact: false }).first().fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
}

/** Goes to a screen through the sidebar (no page load: the session and the sign-in rate limit are spared). */
export async function openFromSidebar(page: Page, name: 'Dashboard' | 'Resellers' | 'Clients' | 'Users') {
  const nav = page.getByRole('navigation', { name: 'Main' });
  if (!(await nav.isVisible())) await page.getByRole('button', { name: 'Open navigation' }).click();
  await nav.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

export async function setTheme(page: Page, theme: 'Light' | 'Dark') {
  await page.getByRole('radio', { name: theme }).click();
  await expect(page.locator('html')).toHaveClass(theme === 'Dark' ? /dark/ : /^(?!.*dark).*$/);
}

/** No serious or critical WCAG 2.x A/AA violation on what is on screen now. */
export async function expectAccessible(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary, `accessibility of ${screen}`).toEqual([]);
}

/** Saves e2e/screenshots/<project>-<theme>-<name>.png for a person to look at (not committed). */
export async function shoot(page: Page, name: string, project: string) {
  mkdirSync('e2e/screenshots', { recursive: true });
  const dark = await page.locator('html').evaluate((html) => html.classList.contains('dark'));
  await page.screenshot({ path: `e2e/screenshots/${project}-${dark ? 'dark' : 'light'}-${name}.png`, fullPage: true });
}

/** Each screen in both themes: screenshots and an accessibility scan of each. */
export async function checkBothThemes(page: Page, name: string, project: string) {
  for (const theme of ['Light', 'Dark'] as const) {
    await setTheme(page, theme);
    await shoot(page, name, project);
    await expectAccessible(page, `${name} (${theme.toLowerCase()})`);
  }
  await setTheme(page, 'Light');
}

/** An access token for arranging data through the API (the UI itself is what the tests exercise). */
export async function apiToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/auth/login', { data: { login: EMAIL, password: PASSWORD } });
  expect(response.ok(), `API sign-in as ${EMAIL}`).toBeTruthy();
  return (await response.json()).accessToken as string;
}

export async function createReseller(request: APIRequestContext, token: string, businessName: string) {
  const response = await request.post('/api/resellers', {
    headers: { Authorization: `Bearer ${token}` },
    data: { businessName, contactPerson: 'E2E Contact', email: `${unique('r')}@e2e.example`, phone: '+44 20 7946 0958', address: '1 Test Road', city: 'Testcity', country: 'GB', creditLimit: '1000.00', commissionRate: '5.00', status: 'active' },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; businessName: string };
}

export async function createClient(request: APIRequestContext, token: string, resellerId: string, clientName: string) {
  const response = await request.post('/api/clients', {
    headers: { Authorization: `Bearer ${token}` },
    data: { resellerId, clientName, clientEmail: `${unique('c')}@e2e.example`, clientPhone: '+44 7700 900123', planType: 'Business 20GB' },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; clientName: string };
}

export async function createUser(request: APIRequestContext, token: string, fullName: string) {
  const tag = unique('u');
  const digits = `${Date.now()}`.slice(-9);
  const response = await request.post('/api/users', {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      fullName,
      email: `${tag}@e2e.example`,
      phone: `+4479${digits}`,
      address: '1 Test Street',
      city: 'Testcity',
      postalCode: 'T1 1AA',
      country: 'GB',
      dateOfBirth: '1990-04-01',
      idDocumentType: 'passport',
      idDocumentNumber: `P${digits}`,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; email: string };
}

/** The newest mail the suite's SMTP sink caught for `to`, waiting for it to arrive. */
export async function latestMail(request: APIRequestContext, to: string, since: Date): Promise<{ subject: string; text: string }> {
  const base = (SMTP_URL ?? '').replace(/\/+$/, '');
  const url = base.endsWith('/messages') ? base : `${base}/messages`;
  let found: { subject: string; text: string } | undefined;
  await expect
    .poll(async () => {
      const response = await request.get(`${url}?to=${encodeURIComponent(to)}`);
      const mails = (await response.json()) as { subject: string; text: string; receivedAt: string | null }[];
      // Newest first; a mail of an earlier run carries a link that no longer works.
      found = mails.find((mail) => /reset/i.test(mail.subject) && (!mail.receivedAt || new Date(mail.receivedAt).getTime() >= since.getTime() - 2000));
      return Boolean(found);
    }, { timeout: 30_000 })
    .toBe(true);
  return found as { subject: string; text: string };
}
