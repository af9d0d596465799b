import { expect, test } from '@playwright/test';
import { EMAIL, PASSWORD, SMTP_URL, checkBothThemes, latestMail, signIn } from './support';

const RESET_EMAIL = process.env.SIMADMIN_E2E_RESET_EMAIL ?? 'moderator@example.com';

test.describe.configure({ mode: 'serial' });

test('the sign-in page is accessible in both themes', async ({ page }, info) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await checkBothThemes(page, 'login', info.project.name);
});

test('a wrong password is refused without saying whether the account exists', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email or username').fill(EMAIL);
  await page.getByLabel('Password').fill(`${PASSWORD}-wrong`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong email, username or password.');
  await expect(page).toHaveURL(/\/login$/);
});

test('signs in, stays signed in across a reload, and signs out', async ({ page }) => {
  await signIn(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  // The access token lives in memory only.
  expect(await page.evaluate(() => JSON.stringify(window.localStorage))).not.toContain('eyJ');

  await page.getByRole('button', { name: /User menu|Admin/ }).first().click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.goto('/resellers');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('forgot password, then reset through the emailed link', async ({ page, request }, info) => {
  test.skip(!SMTP_URL, 'SIMADMIN_E2E_SMTP_URL is not set: no mailbox to read the link from');
  await page.goto('/forgot-password');
  await checkBothThemes(page, 'forgot-password', info.project.name);
  const asked = new Date();
  await page.getByLabel('Email').fill(RESET_EMAIL);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'If an account uses this email' })).toBeVisible();

  const mail = await latestMail(request, RESET_EMAIL, asked);
  const link = mail.text.match(/https?:\/\/\S+\/reset-password\/\S+/)?.[0];
  expect(link, mail.text).toBeTruthy();
  await page.goto(new URL(link as string).pathname);
  await checkBothThemes(page, 'reset-password', info.project.name);
  // The demo password again, so the demo logins keep working after the run.
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirm new password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByText('Your new password is set.')).toBeVisible();

  // The link works once.
  await page.goto(new URL(link as string).pathname);
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirm new password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();

  // A moderator sees what they may read, and no controls to change it.
  await signIn(page, RESET_EMAIL, PASSWORD);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Resellers' }).click();
  await expect(page.getByRole('heading', { name: 'Resellers', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add reseller' })).toHaveCount(0);
});
