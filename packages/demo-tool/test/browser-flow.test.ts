// The whole launch in real Chromium: a portal page auto-posts the signed form cross-site, the session cookie survives the
// 303, the questions are answered by clicking labels, and axe finds no WCAG 2.1 AA violations on the pages.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { signedLaunch } from './support/browser.ts';
import { startTool, type RunningTool } from './support/tool-server.ts';

const PORTAL = 'http://portal.test';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    // @ts-expect-error axe is the global the script above defines
    (globalThis.axe as { run(o: object): Promise<{ violations: Array<{ id: string }> }> }).run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  return result.violations.map((violation) => violation.id);
}

describe('launch and test in Chromium', () => {
  let tool: RunningTool;
  let browser: Browser;
  before(async () => {
    tool = await startTool();
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run'],
    });
  });
  after(async () => {
    await browser?.close();
    await tool.close();
  });

  /** Opens the portal's launch page, whose form auto-posts a signed launch cross-site, and follows it into the test. */
  async function launchInChromium(page: Page, userId: string): Promise<void> {
    const fields = await signedLaunch(tool, {
      user_id: userId,
      resource_link_id: 'audit-alkoholvaner',
      launch_presentation_return_url: `${PORTAL}/lti/return`,
    });
    const inputs = fields.map(([name, value]) => `<input type="hidden" name="${name}" value="${value.replaceAll('"', '&quot;')}">`);
    await page.route(`${PORTAL}/launch`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><meta charset="utf-8"><form method="post" action="${tool.launchUrl}">${inputs.join('')}<button>Start</button></form>`,
      }),
    );
    await page.goto(`${PORTAL}/launch`);
    await page.click('button');
    await page.waitForURL(`${tool.url}/audit`);
  }

  it('follows a cross-site signed launch into the test, answers by label and shows an accessible result', async () => {
    const page = await browser.newPage();
    // CSP violations and failed subresource loads show up as console errors.
    const consoleErrors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));

    await launchInChromium(page, 'pseudonym-chromium');

    assert.equal(await page.locator('h1').textContent(), 'Spørsmål 1 av 10');
    assert.deepEqual(await axeViolations(page), []);
    const headerColour = await page.locator('.tool-header').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(headerColour, 'rgb(0, 84, 110)', 'the stylesheet loads under the CSP');

    for (const label of ['2–4 ganger i måneden', '3–4', 'Månedlig', 'Aldri', 'Aldri', 'Aldri', 'Sjeldnere enn månedlig', 'Aldri']) {
      await page.getByLabel(label, { exact: true }).check();
      await page.getByRole('button', { name: 'Neste' }).click();
    }
    await page.getByLabel('Nei', { exact: true }).check();
    await page.getByRole('button', { name: 'Neste' }).click();
    await page.getByLabel('Ja, men ikke i løpet av det siste året').check();
    await page.getByRole('button', { name: 'Se resultatet' }).click();

    assert.equal(await page.locator('h1').textContent(), 'Resultatet ditt');
    assert.match((await page.locator('.score').textContent()) ?? '', /Du fikk 8 av 40 poeng/);
    assert.match((await page.locator('#zone-title').textContent()) ?? '', /Risikosone II: Risikofylt bruk/);
    assert.deepEqual(await axeViolations(page), []);

    await page.getByRole('link', { name: 'Se over svarene dine' }).click();
    assert.equal(await page.locator('h1').textContent(), 'Svarene dine');
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('link', { name: 'Endre svaret på spørsmål 2' }).click();
    assert.equal(await page.locator('h1').textContent(), 'Spørsmål 2 av 10');
    await page.getByLabel('1–2', { exact: true }).check();
    await page.getByRole('button', { name: 'Lagre endringen' }).click();
    assert.equal(await page.locator('h1').textContent(), 'Svarene dine');
    assert.match((await page.locator('main').textContent()) ?? '', /Svaret ditt: 1–2 \(0 poeng\)/);
    await page.getByRole('link', { name: 'Tilbake til resultatet' }).click();
    assert.match((await page.locator('.score').textContent()) ?? '', /Du fikk 7 av 40 poeng/);
    assert.deepEqual(consoleErrors, []);
  });

  it('after "Tilbake til portalen", Back and the test address show no answers, only the no-session page', async () => {
    const page = await browser.newPage();
    await page.route(`${PORTAL}/lti/return**`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><h1>Portalen</h1>' }),
    );
    await launchInChromium(page, 'pseudonym-shared-device');
    for (let answered = 0; answered < 10; answered++) {
      await page.getByRole('radio').nth(2).check();
      await page.getByRole('button', { name: answered === 9 ? 'Se resultatet' : 'Neste' }).click();
    }
    assert.equal(await page.locator('h1').textContent(), 'Resultatet ditt');

    await page.getByRole('button', { name: 'Tilbake til portalen' }).click();
    await page.waitForURL(`${PORTAL}/lti/return**`);
    await page.goBack();
    assert.equal(await page.locator('h1').textContent(), 'Ingen aktiv økt');
    await page.goto(`${tool.url}/audit`);
    assert.equal(await page.locator('h1').textContent(), 'Ingen aktiv økt');
    assert.equal(await page.getByText(/Du fikk|Risikosone/).count(), 0);
  });
});
