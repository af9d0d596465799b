import { expect, test, type Page } from '@playwright/test';
import { apiToken, checkBothThemes, journeyPage, createClient, createReseller, createUser, openFromSidebar, signIn, unique } from './support';

test.describe.configure({ mode: 'serial' });

let page: Page;
const userName = unique('E2E User');
const clientName = unique('E2E Client');

test.beforeAll(async ({ browser, request }, info) => {
  const token = await apiToken(request);
  await createUser(request, token, userName);
  const reseller = await createReseller(request, token, unique('E2E Client Owner'));
  await createClient(request, token, reseller.id, clientName);
  page = await journeyPage(browser, info);
  await signIn(page);
});

test.afterAll(async () => {
  await page.context().close();
});

test('filters users and opens one', async ({}, info) => {
  await openFromSidebar(page, 'Users');
  await checkBothThemes(page, 'users', info.project.name);
  await page.getByRole('searchbox').fill(userName);
  await expect(page.getByRole('link', { name: userName })).toBeVisible();
  await page.getByLabel('Status').selectOption('blocked');
  await expect(page.getByText('No user matches')).toBeVisible();
  await page.getByLabel('Status').selectOption('pending_verification');
  await page.getByRole('link', { name: userName }).click();
  await expect(page.getByRole('heading', { name: new RegExp(userName) })).toBeVisible();
  await checkBothThemes(page, 'user-details', info.project.name);
});

test('blocks the user with a reason, then unblocks', async () => {
  await page.getByRole('button', { name: 'Block' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Block' }).click();
  await expect(dialog.getByText('Give a reason')).toBeVisible();
  await dialog.getByLabel('Reason').fill('e2e: suspected fraud');
  await dialog.getByRole('button', { name: 'Block' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(userName) }).getByText('Blocked')).toBeVisible();

  await page.getByRole('button', { name: 'Unblock' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Unblock' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(userName) }).getByText('Active')).toBeVisible();
});

test('lists clients and changes one’s plan', async ({}, info) => {
  await openFromSidebar(page, 'Clients');
  await checkBothThemes(page, 'clients', info.project.name);
  await page.getByRole('searchbox').fill(clientName);
  await page.getByRole('link', { name: clientName }).click();
  await expect(page.getByRole('heading', { name: new RegExp(clientName) })).toBeVisible();
  await checkBothThemes(page, 'client-details', info.project.name);

  await page.getByRole('button', { name: 'Change plan or limit' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Plan').fill('Business 50GB');
  await dialog.getByLabel('Monthly limit').fill('300.00');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Business 50GB')).toBeVisible();
  await expect(page.getByText('300.00')).toBeVisible();
});
