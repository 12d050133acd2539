import type { AssignmentListResources, HnEventDetail, ResourceOverrides } from '@koblingslab/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { manySentAssignments, sentAssignments } from './fixtures.ts';
import { logDetail } from './log-detail.ts';
import { pending, serverError } from './mock-host.ts';
import { clickAndSettle, find, rendered } from './play-in-shadow-root.ts';
import { providerArgTypes, withMockHost, type ProviderArgs } from './with-mock-host.ts';

interface AssignmentListArgs extends ProviderArgs {
  'page-size'?: number;
  resources?: ResourceOverrides<AssignmentListResources>;
  onHnAssignmentWithdrawn?: (detail: HnEventDetail<'hn-assignment-withdrawn'>) => void;
}

const meta = {
  title: 'Elements/hn-assignment-list',
  component: 'hn-assignment-list',
  decorators: [withMockHost],
  argTypes: { ...providerArgTypes },
  args: { user: 'personnel', lang: 'toolbar' },
  parameters: { mockHost: { assignments: sentAssignments } },
  render: (args) => html`<hn-assignment-list
    page-size=${ifDefined(args['page-size'])}
    .resources=${args.resources}
    @hn-assignment-withdrawn=${logDetail(args.onHnAssignmentWithdrawn)}
  ></hn-assignment-list>`,
} satisfies Meta<AssignmentListArgs>;

export default meta;
type Story = StoryObj<AssignmentListArgs>;

/**
 * Every status: sent, opened and overdue ("Fristen er passert"), sent without a due date to a citizen known only by the
 * masked number, completed, and withdrawn (a withdrawn tool, from a colleague). Open ones have "Trekk tilbake".
 */
export const EveryStatus: Story = {};

/** Nothing sent yet. */
export const Empty: Story = {
  parameters: { mockHost: { assignments: [] } },
};

/** The list is on its way (the mocked host never answers). */
export const Loading: Story = {
  parameters: { mockHost: { assignments: pending } },
};

/** The host failed: an alert with "Prøv igjen". */
export const LoadError: Story = {
  parameters: { mockHost: { assignments: serverError } },
};

/** More than one page: "Vis flere" below the table. */
export const LoadMore: Story = {
  args: { 'page-size': 5 },
  parameters: { mockHost: { assignments: manySentAssignments } },
};

/** "Trekk tilbake" pressed: the row asks first, naming tool and citizen, with focus on "Ja, trekk tilbake". */
export const ConfirmWithdraw: Story = {
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, 'hn-assignment-list');
    await clickAndSettle(find(root, '[data-assignment-id="a-1"] [part="withdraw-button"]'));
    await expect(find(root, '[data-assignment-id="a-1"] [part="confirm"]')).toBeVisible();
  },
};

/** Withdrawn: the row now says "Trukket tilbake", the change is announced and the row header has focus. */
export const AfterWithdraw: Story = {
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, 'hn-assignment-list');
    await clickAndSettle(find(root, '[data-assignment-id="a-1"] [part="withdraw-button"]'));
    await clickAndSettle(find(root, '[data-assignment-id="a-1"] [part="confirm-button"]'));
    await expect(find(root, '[data-assignment-id="a-1"]')).toHaveAttribute('data-status', 'withdrawn');
  },
};

/** Only health personnel follow up sends: a citizen sees a one-line hint. */
export const AsCitizen: Story = {
  args: { user: 'citizen' },
};

/** English texts and dates. */
export const English: Story = {
  args: { lang: 'en-GB' },
};
