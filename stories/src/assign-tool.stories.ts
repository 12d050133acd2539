import type { AssignToolResources, HnEventDetail, ResourceOverrides } from '@koblingslab/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { auditTool, dateFromToday, screeningTool, sentAssignments, syntheticPid } from './fixtures.ts';
import { logDetail } from './log-detail.ts';
import { pending, problem, serverError } from './mock-host.ts';
import { choose, clickAndSettle, find, rendered, settle, type } from './play-in-shadow-root.ts';
import { providerArgTypes, withMockHost, type ProviderArgs } from './with-mock-host.ts';

interface AssignToolArgs extends ProviderArgs {
  'search-delay'?: number;
  'counter-delay'?: number;
  resources?: ResourceOverrides<AssignToolResources>;
  onHnAssigned?: (detail: HnEventDetail<'hn-assigned'>) => void;
}

const meta = {
  title: 'Elements/hn-assign-tool',
  component: 'hn-assign-tool',
  decorators: [withMockHost],
  argTypes: { ...providerArgTypes },
  args: { user: 'personnel', lang: 'toolbar' },
  render: (args) => html`<hn-assign-tool
    search-delay=${ifDefined(args['search-delay'])}
    counter-delay=${ifDefined(args['counter-delay'])}
    .resources=${args.resources}
    @hn-assigned=${logDetail(args.onHnAssigned)}
  ></hn-assign-tool>`,
} satisfies Meta<AssignToolArgs>;

export default meta;
type Story = StoryObj<AssignToolArgs>;

/** Fills the whole form and sends it: a valid (synthetic) number, the AUDIT test, a message and a due date. */
async function fillAndSend(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const root = await rendered(canvasElement, 'hn-assign-tool');
  await expect(find(root, `#tool option[value="${auditTool.id}"]`)).toBeTruthy();
  type(find(root, '#pid'), syntheticPid);
  choose(find(root, '#tool'), auditTool.id);
  type(find(root, '#message'), 'Ta testen før timen vår, så snakker vi om svarene.');
  type(find(root, '#due-date'), dateFromToday(14));
  await clickAndSettle(find(root, '[part="submit-button"]'));
  return root;
}

/** The empty form, tools loaded ("Fant 5 verktøy"). */
export const EmptyForm: Story = {};

/** The tool list is on its way: the select is busy and the count says "Henter verktøy". */
export const ToolsLoading: Story = {
  parameters: { mockHost: { tools: pending } },
};

/** The tool search failed: the count says so and "Prøv igjen" appears beside it. */
export const ToolsLoadError: Story = {
  parameters: { mockHost: { tools: serverError } },
};

/** Nothing can be sent: the only published tool is for health personnel, so the list is empty ("Fant 0 verktøy"). */
export const NoSendableTools: Story = {
  parameters: { mockHost: { tools: [screeningTool] } },
};

/** Sent without filling anything in: every field says what is missing and focus is on the first. */
export const MissingFields: Story = {
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, 'hn-assign-tool');
    await clickAndSettle(find(root, '[part="submit-button"]'));
    await expect(find(root, '#pid')).toHaveAttribute('aria-invalid', 'true');
    await expect(find(root, '#tool')).toHaveAttribute('aria-invalid', 'true');
  },
};

/** A number with a wrong check digit, left with blur: the live check explains it before anything is sent. */
export const InvalidNumber: Story = {
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, 'hn-assign-tool');
    type(find(root, '#pid'), '13097248032');
    await settle(root);
    await expect(find(root, '#pid-error')).toBeVisible();
  },
};

/** Sent: "AUDIT … er sendt til Kari Nordmann." and the form is cleared for the next citizen. */
export const SendSuccess: Story = {
  play: async ({ canvasElement }) => {
    const root = await fillAndSend(canvasElement);
    await expect(find(root, '[part="status"] .message--success')).toBeVisible();
  },
};

/**
 * The citizen already has this tool open (409 `duplicate-assignment` with the open assignment as `assignment`, as
 * packages/host/src/routes/assignments.ts answers): the alert names its status and when it was sent.
 */
export const Duplicate: Story = {
  parameters: {
    mockHost: {
      sendAssignment: () =>
        problem(409, 'duplicate-assignment', 'This citizen already has this tool open from an earlier send.', {
          title: 'Already sent',
          errors: [{ field: 'toolId', in: 'body', detail: 'the citizen already has an open assignment of this tool' }],
          assignment: { ...sentAssignments[1], tool: { id: auditTool.id, name: auditTool.name, status: 'published', withdrawnReason: null } },
        }),
    },
  },
  play: async ({ canvasElement }) => {
    const root = await fillAndSend(canvasElement);
    await expect(find(root, '[part="error"] .message--error')).toBeVisible();
  },
};

/**
 * The host refused the number (400 naming `pid`, e.g. a synthetic number where HN_ALLOW_SYNTHETIC_PID is off): the
 * field says "Fødselsnummeret ble ikke godtatt" and gets focus.
 */
export const PidRefusedByHost: Story = {
  parameters: {
    mockHost: {
      sendAssignment: () =>
        problem(400, 'invalid-request', 'The request has invalid fields; see errors.', {
          title: 'Invalid request',
          errors: [{ field: 'pid', in: 'body', detail: 'is not a valid fødselsnummer or D-nummer: synthetic numbers are not accepted' }],
        }),
    },
  },
  play: async ({ canvasElement }) => {
    const root = await fillAndSend(canvasElement);
    await expect(find(root, '#pid')).toHaveAttribute('aria-invalid', 'true');
    await expect(find(root, '#pid-error')).toBeVisible();
  },
};

/** The host failed (500): a form-level alert; everything typed stays. */
export const ServerError: Story = {
  parameters: { mockHost: { sendAssignment: serverError } },
  play: async ({ canvasElement }) => {
    const root = await fillAndSend(canvasElement);
    await expect(find(root, '[part="error"] .message--error')).toBeVisible();
  },
};

/** Only health personnel send tools: a citizen sees a one-line hint instead of the form. */
export const AsCitizen: Story = {
  args: { user: 'citizen' },
};

/** Nobody signed in: the hint asks to sign in. */
export const NobodySignedIn: Story = {
  args: { user: 'nobody' },
};

/** English texts. */
export const English: Story = {
  args: { lang: 'en-GB' },
};
