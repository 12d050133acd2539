import { toolAudiences, toolTopics, type HnEventDetail, type ResourceOverrides, type ToolCatalogResources } from '@koblingslab/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { auditTool, largeCatalog, myTools, smokeFreeTool, walkTool, withdrawnTool } from './fixtures.ts';
import { logDetail } from './log-detail.ts';
import { json, pending, problem, serverError } from './mock-host.ts';
import { clickAndSettle, find, rendered } from './play-in-shadow-root.ts';
import { storyLauncher } from './story-launcher.ts';
import { providerArgTypes, withMockHost, type ProviderArgs } from './with-mock-host.ts';

interface CatalogArgs extends ProviderArgs {
  q?: string;
  topic?: string;
  audience?: string;
  'page-size'?: number;
  'search-delay'?: number;
  'heading-level'?: number;
  'login-href'?: string;
  resources?: ResourceOverrides<ToolCatalogResources>;
  onHnLaunch?: (detail: HnEventDetail<'hn-launch'>) => void;
  onHnToolSelect?: (detail: HnEventDetail<'hn-tool-select'>) => void;
  onHnToolSaved?: (detail: HnEventDetail<'hn-tool-saved'>) => void;
}

const meta = {
  title: 'Elements/hn-tool-catalog',
  component: 'hn-tool-catalog',
  decorators: [withMockHost],
  argTypes: {
    ...providerArgTypes,
    // The `topic` part (one topic tag) shares the attribute's name; the control is the attribute's.
    topic: {
      description: 'Topic filter; empty means all topics.',
      control: 'select',
      options: ['', ...toolTopics],
      table: { category: 'attributes' },
    },
    audience: { control: 'select', options: ['', ...toolAudiences] },
  },
  args: { user: 'citizen', lang: 'toolbar', 'login-href': '#logg-inn' },
  // The story's launcher keeps the iframe in place; it is not for editing.
  parameters: { controls: { exclude: ['launcher'] } },
  render: (args) => html`<hn-tool-catalog
    q=${ifDefined(args.q)}
    topic=${ifDefined(args.topic)}
    audience=${ifDefined(args.audience)}
    page-size=${ifDefined(args['page-size'])}
    search-delay=${ifDefined(args['search-delay'])}
    heading-level=${ifDefined(args['heading-level'])}
    login-href=${ifDefined(args['login-href'])}
    .resources=${args.resources}
    .launcher=${storyLauncher}
    @hn-launch=${logDetail(args.onHnLaunch)}
    @hn-tool-select=${logDetail(args.onHnToolSelect)}
    @hn-tool-saved=${logDetail(args.onHnToolSaved)}
  ></hn-tool-catalog>`,
} satisfies Meta<CatalogArgs>;

export default meta;
type Story = StoryObj<CatalogArgs>;

/** A signed-in citizen sees every published tool with Start and "Legg til i mine verktøy". */
export const Default: Story = {};

/** The search is on its way (the mocked host never answers): the list is busy and the count says so. */
export const Loading: Story = {
  parameters: { mockHost: { tools: pending } },
};

/** A search that finds nothing, with "Fjern søk og filtre". */
export const EmptySearch: Story = {
  args: { q: 'yoga' },
};

/** The host failed: an alert with "Prøv igjen". */
export const LoadError: Story = {
  parameters: { mockHost: { tools: serverError } },
};

/** A search longer than the host allows (400 naming `q`): no retry, since the same search fails again. */
export const SearchTooLong: Story = {
  args: { q: 'alkohol '.repeat(26).trim() },
};

/** More tools than one page: "Vis flere" with "Viser 6 av 20". */
export const ManyResults: Story = {
  args: { 'page-size': 6 },
  parameters: { mockHost: { tools: largeCatalog } },
};

/** After "Vis flere": the next page is added and focus moves to its first card. */
export const ManyResultsAfterLoadMore: Story = {
  ...ManyResults,
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, 'hn-tool-catalog');
    await clickAndSettle(find(root, '[part="load-more-button"]'));
    await expect(root.querySelectorAll('[part="card"]')).toHaveLength(12);
  },
};

/**
 * A citizen with tools in "my tools": those cards say "Lagt til i mine verktøy"; a tool for health personnel says
 * "Bare for helsepersonell" instead of Start.
 */
export const AsCitizen: Story = {
  parameters: { mockHost: { myTools } },
};

/** A citizen just pressed "Legg til i mine verktøy": the button turns into "Lagt til" and keeps focus. */
export const AsCitizenAfterSaving: Story = {
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, 'hn-tool-catalog');
    const save = find(root, `[data-tool-id="${auditTool.id}"] [part="save-button"]`);
    await clickAndSettle(save);
    await expect(save).toHaveAttribute('data-saved', 'true');
  },
};

/** Health personnel start tools to preview them; nobody saves tools but citizens. */
export const AsPersonnel: Story = {
  args: { user: 'personnel' },
};

/** Editors manage the catalog; the host does not let them start tools, so there is no Start. */
export const AsEditor: Story = {
  args: { user: 'editor' },
};

/** Nobody signed in: a sign-in hint (linking to `login-href`) instead of Start. */
export const NobodySignedIn: Story = {
  args: { user: 'nobody' },
};

/**
 * Tools that cannot be started here: an SSO tool ("kan ikke startes herfra ennå") and a withdrawn one (marker and
 * reason, no Start). The host's search returns published tools only, so this answer is hand-written.
 */
export const WithdrawnAndSsoTools: Story = {
  parameters: {
    mockHost: { tools: () => json({ items: [smokeFreeTool, withdrawnTool, auditTool], nextCursor: null, total: 3 }) },
  },
};

/** The title opens the card's details: description, how it starts and what the tool learns, languages, keywords. */
export const DetailsOpen: Story = {
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, 'hn-tool-catalog');
    const title = find(root, `[data-tool-id="${auditTool.id}"] [part="card-title-button"]`);
    await clickAndSettle(title);
    await expect(title).toHaveAttribute('aria-expanded', 'true');
  },
};

/** Start was pressed but the host refused (403): the card's alert says so. */
export const StartFailed: Story = {
  parameters: { mockHost: { launch: () => problem(403, 'forbidden', 'This tool is not offered to you.') } },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, 'hn-tool-catalog');
    await clickAndSettle(find(root, `[data-tool-id="${walkTool.id}"] [part="start-button"]`));
    await expect(find(root, `[data-tool-id="${walkTool.id}"] [part="launch-error"]`)).toBeVisible();
  },
};

/** Nynorsk texts and dates. */
export const Nynorsk: Story = {
  args: { lang: 'nn-NO' },
  parameters: { mockHost: { myTools } },
};

/** English texts and dates. */
export const English: Story = {
  args: { lang: 'en-GB' },
  parameters: { mockHost: { myTools } },
};

/** The topic filter set (`topic="alcohol"`): only the alcohol tools, the select showing the choice. */
export const FilteredByTopic: Story = {
  args: { topic: 'alcohol' },
};
