import { expect, test, type Page } from '@playwright/test';
import { checkBothThemes, journeyPage, openFromSidebar, signIn, unique } from './support';

test.describe.configure({ mode: 'serial' });

let page: Page;
const name = unique('E2E Reseller');

test.beforeAll(async ({ browser }, info) => {
  page = await journeyPage(browser, info);
  await signIn(page);
});

test.afterAll(async () => {
  await page.context().close();
});

test('the dashboard shows the figures and is accessible', async ({}, info) => {
  await expect(page.getByRole('link', { name: /Total resellers/ })).toBeVisible();
  await checkBothThemes(page, 'dashboard', info.project.name);
});

test('adds a reseller through the form', async ({}, info) => {
  await openFromSidebar(page, 'Resellers');
  await checkBothThemes(page, 'resellers', info.project.name);
  await page.getByRole('link', { name: 'Add reseller' }).click();
  await expect(page.getByRole('heading', { name: 'Add reseller' })).toBeVisible();
  await page.getByRole('button', { name: 'Register reseller' }).click();
  await expect(page.getByText('Enter the business name')).toBeVisible();
  await checkBothThemes(page, 'reseller-add', info.project.name);

  await page.getByLabel('Business name').fill(name);
  await page.getByLabel('Contact person').fill('Erin Etoe');
  await page.getByLabel('Email').fill(`${unique('erin')}@e2e.example`);
  await page.getByLabel('Phone').fill('+44 20 7946 0958');
  await page.getByLabel('Address').fill('1 Browser Road');
  await page.getByLabel('City').fill('Leeds');
  await page.getByLabel('Country').fill('GB');
  await page.getByLabel('Credit limit').fill('2500.00');
  await page.getByLabel('Commission rate (%)').fill('4.5');
  await page.getByLabel('Status').selectOption('active');
  await page.getByRole('button', { name: 'Register reseller' }).click();

  await expect(page.getByRole('heading', { name: new RegExp(name) })).toBeVisible();
  await expect(page.getByText('2,500.00')).toBeVisible();
  await checkBothThemes(page, 'reseller-details', info.project.name);
});

test('edits the reseller with the loaded version', async ({}, info) => {
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByLabel('City')).toHaveValue('Leeds');
  await checkBothThemes(page, 'reseller-edit', info.project.name);
  await page.getByLabel('City').fill('York');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('York')).toBeVisible();
});

test('suspends the reseller with a reason', async () => {
  await page.getByRole('button', { name: 'Suspend' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Reason').fill('e2e: unpaid invoices');
  await dialog.getByRole('button', { name: 'Suspend' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(name) }).getByText('Suspended')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Activate' })).toBeVisible();
});

test('finds the reseller in the list by search and status', async () => {
  await openFromSidebar(page, 'Resellers');
  await page.getByRole('searchbox').fill(name);
  await page.getByLabel('Status').selectOption('suspended');
  await expect(page.getByRole('link', { name })).toBeVisible();
  await expect(page).toHaveURL(/status=suspended/);
});

test('the dashboard shows what just happened to the reseller', async () => {
  await openFromSidebar(page, 'Dashboard');
  // Analytics learns from events, a moment after the change; the feed refreshes itself.
  await expect(page.getByRole('link', { name: new RegExp(`${name}.*suspended`, 'i') })).toBeVisible({ timeout: 45_000 });
});
