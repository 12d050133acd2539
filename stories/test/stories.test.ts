// Every story of the built Storybook (storybook-static, `npm test` builds it first) opened in real Chromium: it must
// render without an error, its elements must have rendered content, nothing may be logged as an error, and axe must
// find no WCAG 2.1 A/AA violation in the state the story shows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server.ts';

const staticDir = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Axe rules skipped for one story because of a known element bug, each with the bug report. Keep it empty: an entry
 * is a TODO for the element's owners, not a way to make a story pass.
 */
const knownViolations: Record<string, { rule: string; todo: string }[]> = {};

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

async function readStories(): Promise<IndexEntry[]> {
  const text = await readFile(`${staticDir}index.json`, 'utf8').catch(() => {
    throw new Error(`${staticDir}index.json is missing: run \`npm test -w @koblingslab/stories\`, which builds Storybook first`);
  });
  const index = JSON.parse(text) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries).filter((entry) => entry.type === 'story');
}

const stories = await readStories();

/** What Storybook's preview said about the story, recorded from its channel by `recordStoryOutcome`. */
interface StoryOutcome {
  finished: boolean;
  errors: string[];
}

/**
 * Runs in the page before Storybook: hooks the preview's channel as it is created and records the story's end
 * (storyFinished, after the play function) and every error event, a failed play function included. A string, not a
 * function: tsx would add helpers to a function's source that do not exist in the page.
 */
const recordStoryOutcome = `(() => {
  const outcome = { finished: false, errors: [] };
  const errorEvents = ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing', 'unhandledErrorsWhilePlaying'];
  let channel;
  window.storyOutcome = outcome;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get() { return channel; },
    set(value) {
      channel = value;
      for (const event of errorEvents) value.on(event, (payload) => outcome.errors.push(event + ': ' + JSON.stringify(payload)));
      value.on('storyFinished', (payload) => {
        outcome.finished = true;
        if (payload && payload.status === 'error') outcome.errors.push('storyFinished with status "error"');
      });
    },
  });
})();`;

/** Waits until the story has rendered and its play function (if any) has finished, or failed. */
async function waitForStory(page: Page): Promise<StoryOutcome> {
  const handle = await page.waitForFunction(() => {
    const outcome = (window as unknown as { storyOutcome: StoryOutcome }).storyOutcome;
    return outcome.finished || outcome.errors.length > 0 || document.body.classList.contains('sb-show-errordisplay') ? outcome : undefined;
  });
  return (await handle.jsonValue()) as StoryOutcome;
}

/** Storybook's error display, when it is shown. */
async function storyError(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    if (!document.body.classList.contains('sb-show-errordisplay')) return undefined;
    const message = document.querySelector('#error-message')?.textContent ?? '';
    const stack = document.querySelector('#error-stack')?.textContent ?? '';
    return `${message}\n${stack}`.trim() || 'Storybook shows its error display';
  });
}

/** The hn- elements in the story that are undefined or whose shadow root rendered no text. */
async function unrenderedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // <hn-provider> renders only a slot; the elements inside it are what the story shows.
    const elements = [...document.querySelectorAll('#storybook-root *')].filter(
      (el) => el.localName.startsWith('hn-') && el.localName !== 'hn-provider',
    );
    if (elements.length === 0) return ['no hn- element in the story'];
    return elements
      .filter((el) => !customElements.get(el.localName) || !el.shadowRoot?.textContent?.trim())
      .map((el) => `<${el.localName}> rendered nothing`);
  });
}

async function axeViolations(page: Page, storyId: string): Promise<string[]> {
  await page.evaluate(axeSource);
  const skipped = (knownViolations[storyId] ?? []).map((known) => known.rule);
  const violations = await page.evaluate(
    async ({ tags, skip }) => {
      type AxeResult = { violations: { id: string; help: string; nodes: { target: unknown }[] }[] };
      const axe = (globalThis as unknown as { axe: { run(context: object, options: object): Promise<AxeResult> } }).axe;
      const result = await axe.run(
        // Storybook's own hidden docs and highlight layers are not the story.
        { exclude: [['#storybook-docs'], ['#storybook-highlights-root']] },
        { runOnly: { type: 'tag', values: tags }, rules: Object.fromEntries(skip.map((id) => [id, { enabled: false }])) },
      );
      return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
    },
    { tags: wcagTags, skip: skipped },
  );
  return violations.map((v) => `${v.id} (${v.help}): ${v.targets.join(', ')}`);
}

describe('stories in Chromium', { concurrency: 2 }, () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    server = await serveStatic(staticDir);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run'],
    });
    // One context for all stories, so the Storybook bundle is fetched and compiled once; every story gets a new page.
    context = await browser.newContext();
    await context.addInitScript({ content: recordStoryOutcome });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the stories in the built index', () => {
    assert.ok(stories.length > 0, 'index.json lists no stories');
  });

  for (const story of stories) {
    it(`${story.title} › ${story.name}: renders without errors and passes axe (WCAG 2.1 AA)`, { timeout: 30_000 }, async () => {
      const page = await context.newPage();
      const logged: string[] = [];
      page.on('pageerror', (error) => logged.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') logged.push(`console error: ${message.text()} (${message.location().url})`);
      });
      try {
        // The a11y addon's own run is switched off (manual): this test runs axe itself, with the same tags.
        await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`);
        const outcome = await waitForStory(page);
        assert.equal(await storyError(page), undefined, 'the story shows an error');
        assert.deepEqual(outcome.errors, [], 'Storybook reported errors');
        // Loading, error and empty states are reached once the mocked host has answered everything it will answer.
        await page.evaluate(() => (window as { hnMockHostSettled?: () => Promise<void> }).hnMockHostSettled?.());
        assert.deepEqual(await unrenderedElements(page), []);
        assert.deepEqual(await axeViolations(page, story.id), [], 'axe found WCAG 2.1 A/AA violations');
        assert.deepEqual(logged, [], 'the page logged errors');
      } finally {
        await page.close();
      }
    });
  }
});
