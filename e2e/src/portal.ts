// Steps through the demo portal that several specs share.
import { expect, type Locator, type Page } from '@playwright/test';

export const hostUrl = () => process.env.E2E_HOST_URL!;
export const toolUrl = () => process.env.E2E_TOOL_URL!;

// Kari, the seeded citizen with an alcohol problem; her synthetic pid must never leave the host.
export const KARI = { name: 'Kari Nordmann', pid: '10915596784' };
// Eva, the seeded GP (fastlege) at Storgata legesenter.
export const EVA = { name: 'Eva Lie', organisation: 'Storgata legesenter' };

/** Signs in through the dev IdP's persona picker and waits for the portal's first heading. */
export async function signInAs(page: Page, name: string, heading: string): Promise<void> {
  await page.goto(hostUrl());
  await expect(page).toHaveURL(/\/dev\/login/);
  await page.getByRole('button', { name }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

/**
 * Searches the catalog and waits for that search's results: while a search loads, the previous cards are inert,
 * so a click that lands then is ignored on purpose.
 */
export async function searchCatalog(page: Page, q: string): Promise<Locator> {
  const catalog = page.locator('hn-tool-catalog');
  await catalog.getByRole('searchbox', { name: 'Søk etter verktøy' }).fill(q);
  await expect(catalog).toHaveAttribute('q', q);
  await expect(catalog.locator('[part="results"]')).toHaveAttribute('aria-busy', 'false');
  return catalog;
}

/** Clicks a Start button and answers the body the browser posted to the tool's LTI launch URL. */
export async function startAndCaptureLaunch(page: Page, start: ReturnType<Page['getByRole']>): Promise<URLSearchParams> {
  const launchPost = page.waitForRequest((r) => r.method() === 'POST' && r.url() === `${toolUrl()}/lti/launch`);
  await start.click();
  const body = (await launchPost).postData() ?? '';
  await page.waitForURL(`${toolUrl()}/audit**`);
  return new URLSearchParams(body);
}
