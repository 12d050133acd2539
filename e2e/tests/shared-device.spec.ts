import { expect, test } from '@playwright/test';
import { hostUrl, searchCatalog, signInAs, startAndCaptureLaunch, toolUrl } from '../src/portal.ts';

// Two citizens no other spec launches the tool for, so Ola's test starts at question 1.
const OLA = 'Ola Hansen';
const INGRID = 'Ingrid Berg';

test('on a shared device, the next person cannot reach the previous one\'s test after "Tilbake til portalen"', async ({ page }) => {
  await signInAs(page, OLA, 'Mine verktøy');
  const catalog = await searchCatalog(page, 'alkohol');
  await startAndCaptureLaunch(page, catalog.getByRole('button', { name: /^Start AUDIT/ }));
  await page.getByRole('radio').nth(2).check();
  await page.getByRole('button', { name: 'Neste' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spørsmål 2 av 10');

  await page.getByRole('button', { name: 'Tilbake til portalen' }).click();
  await page.waitForURL(`${hostUrl()}/lti/return**`);
  await expect(page.getByText('Fremgangen din er lagret.')).toBeVisible();
  await page.getByRole('link', { name: 'Tilbake til forsiden' }).click();
  await page.getByRole('button', { name: 'Bytt person' }).click();
  await page.getByRole('button', { name: INGRID }).click();
  await expect(page.getByRole('heading', { name: 'Mine verktøy', level: 1 })).toBeVisible();

  // Ingrid, on the same browser, goes back to the tool directly and with Back.
  const direct = await page.goto(`${toolUrl()}/audit`);
  expect(direct?.status()).toBe(401);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ingen aktiv økt');
  await expect(page.getByRole('radio')).toHaveCount(0);
  await page.goBack();
  await page.goBack();
  await expect(page.getByText('Spørsmål 2 av 10')).toHaveCount(0);
});
