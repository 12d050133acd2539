import { expect, test, type Page } from '@playwright/test';
import { hostUrl, KARI, searchCatalog, signInAs, startAndCaptureLaunch, toolUrl } from '../src/portal.ts';

const CATALOG = 'Verktøykatalogen';

async function startAuditFromCatalog(page: Page): Promise<string> {
  const catalog = await searchCatalog(page, 'alkohol');
  const form = await startAndCaptureLaunch(page, catalog.getByRole('button', { name: /^Start AUDIT/ }));
  return form.toString();
}

// Picks the second option of each question: 1 point for questions 1–8, 2 points for 9 and 10.
async function answerQuestion(page: Page, number: number): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Spørsmål ${number} av 10`);
  await page.getByRole('radio').nth(1).check();
  await page.getByRole('button', { name: number === 10 ? 'Se resultatet' : 'Neste' }).click();
}

test('a citizen finds the AUDIT tool, starts it over LTI, resumes later and completes it', async ({ page }) => {
  await signInAs(page, KARI.name, 'Mine verktøy');

  const launchBody = await startAuditFromCatalog(page);
  const form = new URLSearchParams(launchBody);
  expect(form.get('lti_message_type')).toBe('basic-lti-launch-request');
  expect(form.get('oauth_signature_method')).toBe('HMAC-SHA1');
  expect(form.get('user_id')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  expect(launchBody).not.toContain(KARI.pid);
  expect(launchBody).not.toMatch(/Kari|Nordmann/);
  const pseudonym = form.get('user_id');

  for (const number of [1, 2, 3]) await answerQuestion(page, number);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spørsmål 4 av 10');

  // Later: back to the portal, start again — same pseudonym, and the tool resumes at question 4.
  await page.goto(hostUrl());
  await expect(page.getByRole('heading', { name: CATALOG })).toBeVisible();
  const secondBody = await startAuditFromCatalog(page);
  expect(new URLSearchParams(secondBody).get('user_id')).toBe(pseudonym);
  expect(new URLSearchParams(secondBody).get('oauth_nonce')).not.toBe(form.get('oauth_nonce'));

  for (let number = 4; number <= 10; number++) await answerQuestion(page, number);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resultatet ditt');
  await expect(page.getByText('Du fikk 12 av 40 poeng.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Risikosone II/ })).toBeVisible();
  expect(page.url()).not.toContain(KARI.pid);
});

test('a launch ticket works once: opening it again shows a readable page, not the tool', async ({ page }) => {
  await signInAs(page, KARI.name, 'Mine verktøy');
  const token = await page.evaluate(() => sessionStorage.getItem('hn-token'));
  const response = await page.request.post(`${hostUrl()}/api/launches`, {
    headers: { authorization: `Bearer ${token}` },
    data: { toolId: 'audit-alkoholvaner' },
  });
  expect(response.status()).toBe(201);
  const { url } = await response.json();

  await page.goto(url);
  await page.waitForURL(`${toolUrl()}/audit**`);
  const again = await page.goto(url);
  expect(again?.status()).toBe(404);
  await expect(page.locator('body')).not.toContainText('Error:');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a tampered launch is refused by the tool with the SDK error page', async ({ page }) => {
  await signInAs(page, KARI.name, 'Mine verktøy');
  // A man in the middle upgrades the citizen to Instructor; the signature no longer matches.
  await page.route(`${toolUrl()}/lti/launch`, async (route) => {
    const body = new URLSearchParams(route.request().postData() ?? '');
    body.set('roles', 'Instructor');
    await route.continue({ postData: body.toString() });
  });
  const catalog = await searchCatalog(page, 'alkohol');
  const refusal = page.waitForResponse(`${toolUrl()}/lti/launch`);
  await catalog.getByRole('button', { name: /^Start AUDIT/ }).click();
  expect((await refusal).status()).toBe(401);
  await expect(page.getByText('Vi kunne ikke bekrefte at oppstarten kom fra portalen.')).toBeVisible();
  await expect(page.locator('code')).toHaveText('LTI_BAD_SIGNATURE');
});

test('a replayed launch is sent back to the portal with the reason', async ({ page }) => {
  await signInAs(page, KARI.name, 'Mine verktøy');
  const firstBody = await startAuditFromCatalog(page);

  // The next launch's post is swapped for the first one: correctly signed, but its nonce is spent.
  await page.goto(hostUrl());
  await page.route(`${toolUrl()}/lti/launch`, (route) => route.continue({ postData: firstBody }));
  const catalog = await searchCatalog(page, 'alkohol');
  await catalog.getByRole('button', { name: /^Start AUDIT/ }).click();

  await page.waitForURL(`${hostUrl()}/lti/return**`);
  const returned = new URL(page.url()).searchParams;
  expect(returned.get('lti_errorlog')).toBe('LTI_NONCE_REPLAYED');
  await expect(page.getByText(returned.get('lti_errormsg')!)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tilbake til forsiden' })).toBeVisible();
});

test('a launch form harvested from the portal and posted by another site is refused, so no one can sign a visitor in as themselves', async ({ page, request }) => {
  // The attacker, a citizen too, takes a ticket and reads the signed form without submitting it.
  const { token } = await (await request.post(`${hostUrl()}/dev/token`, { data: { persona: 'ola' } })).json();
  const ticket = await request.post(`${hostUrl()}/api/launches`, { headers: { authorization: `Bearer ${token}` }, data: { toolId: 'audit-alkoholvaner' } });
  const launchPage = await (await request.get((await ticket.json()).url)).text();
  const form = /<form id="lti-launch"[^]*?<\/form>/.exec(launchPage)![0];

  // The victim's browser opens the attacker's page, which posts that form, correctly signed, to the tool.
  await page.route('http://evil.test/', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><meta charset="utf-8">${form}<script>document.forms[0].submit()</script>` }),
  );
  const refusal = page.waitForResponse(`${toolUrl()}/lti/launch`);
  await page.goto('http://evil.test/');
  expect((await refusal).status()).toBe(403);
  await expect(page.locator('code')).toHaveText('LTI_FOREIGN_ORIGIN');
  await expect(page.getByText('Oppstarten kom fra en annen nettside enn portalen.')).toBeVisible();
});
