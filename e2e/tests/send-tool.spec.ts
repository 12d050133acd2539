import { expect, test, type Page } from '@playwright/test';
import { EVA, hostUrl, KARI, signInAs, startAndCaptureLaunch } from '../src/portal.ts';

const MESSAGE = 'Hei Kari! Som avtalt: ta denne testen før neste time, så ser vi på svarene sammen.';
const SENT_TOOLS = 'Sendte verktøy';

const IN_A_WEEK = new Date(Date.now() + 7 * 24 * 3600 * 1000);
const DUE_DATE = IN_A_WEEK.toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
const DUE_DATE_SHOWN = IN_A_WEEK.toLocaleDateString('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Oslo' });

/** The GP reloads the page, as she would, and reads the status of the AUDIT row. */
async function assignmentStatus(gp: Page): Promise<string> {
  await gp.reload();
  const list = gp.locator('hn-assignment-list');
  await expect(list.getByRole('row').filter({ hasText: 'AUDIT' }).first()).toBeVisible();
  const statusColumn = (await list.getByRole('columnheader').allInnerTexts()).indexOf('Status');
  const row = list.getByRole('row').filter({ hasText: 'AUDIT' }).first();
  return (await row.locator('th, td').nth(statusColumn).innerText()).trim();
}

test('a GP sends the AUDIT test to a citizen, who starts it over LTI, and the GP follows it to completed', async ({ browser }) => {
  const gp = await (await browser.newContext()).newPage();
  const citizen = await (await browser.newContext()).newPage();

  // 1. The GP sends the tool, identifying the citizen by fødselsnummer.
  await signInAs(gp, EVA.name, 'Send et verktøy');
  const form = gp.locator('hn-assign-tool');
  await form.getByLabel('Fødselsnummer eller D-nummer').fill(KARI.pid);
  await form.getByRole('searchbox', { name: 'Søk etter verktøy å sende' }).fill('AUDIT');
  const toolSelect = form.getByRole('combobox', { name: 'Verktøy' });
  await expect(toolSelect.locator('option', { hasText: 'AUDIT' })).toHaveCount(1);
  await toolSelect.selectOption({ label: await toolSelect.locator('option', { hasText: 'AUDIT' }).innerText() });
  await form.getByLabel('Melding til innbyggeren (valgfritt)').fill(MESSAGE);
  await form.getByLabel('Frist (valgfritt)').fill(DUE_DATE);

  const assigned = form.evaluate(
    (element) => new Promise<unknown>((resolve) => element.addEventListener('hn-assigned', (e) => resolve((e as CustomEvent).detail), { once: true })),
  );
  await form.getByRole('button', { name: 'Send verktøy' }).click();
  const detail = (await assigned) as { assignmentId: string; toolId: string };
  expect(detail.toolId).toBe('audit-alkoholvaner');
  expect(JSON.stringify(detail)).not.toContain(KARI.pid);
  await expect(form.getByRole('status').filter({ hasText: 'er sendt til' })).toBeVisible();
  await expect(form.getByLabel('Fødselsnummer eller D-nummer')).toHaveValue('');
  expect(await assignmentStatus(gp)).toBe('Sendt');
  await expect(gp.locator('hn-assignment-list')).not.toContainText(KARI.pid);

  // 2. The citizen sees it in her tools: who sent it, the message and the due date.
  await signInAs(citizen, KARI.name, 'Mine verktøy');
  const myTools = citizen.locator('hn-my-tools');
  const received = myTools.getByRole('listitem').filter({ hasText: MESSAGE });
  await expect(received).toContainText(`Sendt av ${EVA.name}, ${EVA.organisation}`);
  await expect(received).toContainText(DUE_DATE_SHOWN);

  // 3. She starts it: the LTI launch carries the assignment as its resource_link_id, and no pid.
  const launch = await startAndCaptureLaunch(citizen, received.getByRole('button', { name: /^Start AUDIT/ }));
  expect(launch.get('resource_link_id')).toBe(detail.assignmentId);
  expect(launch.toString()).not.toContain(KARI.pid);

  // 4. The GP sees it opened, then completed once the citizen marks it done.
  expect(await assignmentStatus(gp)).toBe('Åpnet');
  await citizen.goto(hostUrl());
  await myTools.getByRole('listitem').filter({ hasText: MESSAGE }).getByRole('button', { name: /^Marker som fullført/ }).click();
  await expect(myTools.getByRole('status').filter({ hasText: 'er markert som fullført' })).toBeVisible();
  expect(await assignmentStatus(gp)).toBe('Fullført');
  await expect(gp.getByRole('heading', { name: 'Verktøy du og kontoret ditt har sendt' })).toBeVisible();
  await expect(gp.locator('hn-assignment-list').getByRole('table', { name: SENT_TOOLS })).toBeVisible();
});
