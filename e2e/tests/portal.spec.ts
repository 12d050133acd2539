import { expect, test } from '@playwright/test';
import { hostUrl } from '../src/portal.ts';

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
