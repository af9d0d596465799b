import { expect, test } from '@playwright/test';
import { checkBothThemes, openFromSidebar, signIn } from './support';

// The main journey on a 375 px phone: sign in, the drawer navigation, lists and a details screen.
test('the main journey works on a 375 px screen', async ({ page }, info) => {
  await page.goto('/login');
  await checkBothThemes(page, 'login', info.project.name);
  await signIn(page);
  // No horizontal scrolling of the page itself (tables scroll inside their own box).
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await checkBothThemes(page, 'dashboard', info.project.name);

  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await openFromSidebar(page, 'Resellers');
  await checkBothThemes(page, 'resellers', info.project.name);
  const first = page.getByRole('table').getByRole('link').first();
  if (await first.isVisible()) {
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await checkBothThemes(page, 'reseller-details', info.project.name);
  }
  await openFromSidebar(page, 'Users');
  await checkBothThemes(page, 'users', info.project.name);
  await openFromSidebar(page, 'Clients');
  await checkBothThemes(page, 'clients', info.project.name);
});
