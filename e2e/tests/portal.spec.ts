import { expect, test } from '@playwright/test';
import { hostUrl, searchCatalog, startAndCaptureLaunch } from '../src/portal.ts';

test('a token the host no longer accepts sends the visitor back to the persona picker', async ({ page }) => {
  await page.goto(`${hostUrl()}/dev/login`);
  await page.evaluate(() => sessionStorage.setItem('hn-token', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.'));
  await page.goto(hostUrl());
  await expect(page).toHaveURL(/\/dev\/login/);
  expect(await page.evaluate(() => sessionStorage.getItem('hn-token'))).toBeNull();
});

test('personnel get the send view, with the list of what their office sent', async ({ page }) => {
  await page.goto(hostUrl());
  await page.getByRole('button', { name: 'Martin Dahl' }).click();
  await expect(page.getByRole('heading', { name: 'Send et verktøy', level: 1 })).toBeVisible();
  await expect(page.locator('hn-assign-tool').getByRole('button', { name: 'Send verktøy' })).toBeVisible();
  await expect(page.locator('hn-assignment-list')).toContainText('Du og kontoret ditt har ikke sendt noen verktøy ennå.');
  await expect(page.locator('.who')).toContainText('Martin Dahl, Fjordvik kommune');
});

test('personnel can preview a tool from the catalog before sending it: an Instructor launch', async ({ page }) => {
  await page.goto(hostUrl());
  await page.getByRole('button', { name: 'Martin Dahl' }).click();
  await expect(page.getByRole('heading', { name: 'Verktøykatalogen', level: 2 })).toBeVisible();
  const catalog = await searchCatalog(page, 'alkohol');
  const launch = await startAndCaptureLaunch(page, catalog.getByRole('button', { name: /^Start AUDIT/ }));
  expect(launch.get('roles')).toBe('Instructor');
  expect(launch.get('resource_link_id')).toBe('audit-alkoholvaner');
});
