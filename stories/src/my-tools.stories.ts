import type { HnEventDetail, MyToolsResources, ResourceOverrides } from '@koblingslab/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { myTools } from './fixtures.ts';
import { logDetail } from './log-detail.ts';
import { pending, problem, serverError } from './mock-host.ts';
import { clickAndSettle, find, rendered } from './play-in-shadow-root.ts';
import { storyLauncher } from './story-launcher.ts';
import { providerArgTypes, withMockHost, type ProviderArgs } from './with-mock-host.ts';

interface MyToolsArgs extends ProviderArgs {
  'catalog-href'?: string;
  'login-href'?: string;
  'heading-level'?: number;
  resources?: ResourceOverrides<MyToolsResources>;
  onHnLaunch?: (detail: HnEventDetail<'hn-launch'>) => void;
  onHnAssignmentCompleted?: (detail: HnEventDetail<'hn-assignment-completed'>) => void;
  onHnToolUnsaved?: (detail: HnEventDetail<'hn-tool-unsaved'>) => void;
}

const meta = {
  title: 'Elements/hn-my-tools',
  component: 'hn-my-tools',
  decorators: [withMockHost],
  argTypes: { ...providerArgTypes },
  args: { user: 'citizen', lang: 'toolbar', 'catalog-href': '#katalog', 'login-href': '#logg-inn' },
  // The story's launcher keeps the iframe in place; it is not for editing.
  parameters: { mockHost: { myTools }, controls: { exclude: ['launcher'] } },
  render: (args) => html`<hn-my-tools
    catalog-href=${ifDefined(args['catalog-href'])}
    login-href=${ifDefined(args['login-href'])}
    heading-level=${ifDefined(args['heading-level'])}
    .resources=${args.resources}
    .launcher=${storyLauncher}
    @hn-launch=${logDetail(args.onHnLaunch)}
    @hn-assignment-completed=${logDetail(args.onHnAssignmentCompleted)}
    @hn-tool-unsaved=${logDetail(args.onHnToolUnsaved)}
  ></hn-my-tools>`,
} satisfies Meta<MyToolsArgs>;

export default meta;
type Story = StoryObj<MyToolsArgs>;

const [sent, overdue, sso, completed, withdrawnTool, withdrawnAssignment] = myTools.received;

/**
 * Received tools in every state (sent, overdue, an SSO tool, completed, a withdrawn tool, a withdrawn assignment)
 * and saved tools (one of them withdrawn).
 */
export const ReceivedAndSaved: Story = {};

/** No tools at all: "Du har ingen verktøy ennå." with a link to the catalog (`catalog-href`). */
export const Empty: Story = {
  parameters: { mockHost: { myTools: { received: [], saved: [] } } },
};

/** Saved tools only: the received section says it has none. */
export const SavedOnly: Story = {
  parameters: { mockHost: { myTools: { received: [], saved: myTools.saved } } },
};

/** The tools are on their way (the mocked host never answers): announced, nothing shown yet. */
export const Loading: Story = {
  parameters: { mockHost: { myTools: pending } },
};

/** The host failed: an alert with "Prøv igjen". */
export const LoadError: Story = {
  parameters: { mockHost: { myTools: serverError } },
};

/**
 * Withdrawn: a received tool the vendor withdrew (marker and reason, no Start, mark-done stays), an assignment the
 * sender withdrew ("Trukket tilbake", neither Start nor mark-done), and a saved withdrawn tool (no Start, "Fjern" stays).
 */
export const Withdrawn: Story = {
  parameters: {
    mockHost: {
      myTools: { received: [withdrawnTool!, withdrawnAssignment!], saved: myTools.saved.filter((s) => s.tool.status === 'withdrawn') },
    },
  },
};

/** Past the due date and not done: "Fristen er passert" beside the date. */
export const Overdue: Story = {
  parameters: { mockHost: { myTools: { received: [overdue!, sent!], saved: [] } } },
};

/** "Marker som fullført" pressed: the status says completed, the button is gone, focus is on the card's title. */
export const AfterMarkingDone: Story = {
  parameters: { mockHost: { myTools: { received: [sent!, completed!], saved: [] } } },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, 'hn-my-tools');
    const card = `[data-assignment-id="${sent!.assignmentId}"]`;
    await clickAndSettle(find(root, `${card} [part="done-button"]`));
    await expect(root.querySelector(`${card} [part="done-button"]`)).toBeNull();
  },
};

/** Start was pressed but the host failed: the card's alert says so. */
export const StartFailed: Story = {
  parameters: { mockHost: { myTools: { received: [sent!, sso!], saved: [] }, launch: () => problem(500, 'internal', 'The host failed.') } },
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, 'hn-my-tools');
    await clickAndSettle(find(root, `[data-assignment-id="${sent!.assignmentId}"] [part="start-button"]`));
    await expect(find(root, `[data-assignment-id="${sent!.assignmentId}"] [part="launch-error"]`)).toBeVisible();
  },
};

/** Nobody signed in: a hint with a link to sign in (`login-href`). */
export const NobodySignedIn: Story = {
  args: { user: 'nobody' },
};

/** "My tools" are for citizens; health personnel see a one-line hint. */
export const AsPersonnel: Story = {
  args: { user: 'personnel' },
};

/** Nynorsk texts and dates. */
export const Nynorsk: Story = {
  args: { lang: 'nn-NO' },
};

/** English texts and dates. */
export const English: Story = {
  args: { lang: 'en-GB' },
};
