import type { HnAssignmentList } from '@koblingslab/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { myTools } from './fixtures.ts';
import { find, rendered } from './play-in-shadow-root.ts';
import { storyLauncher } from './story-launcher.ts';
import { providerArgTypes, withMockHost, type ProviderArgs } from './with-mock-host.ts';

/**
 * `<hn-provider>` renders nothing itself: it gives the elements inside the API client, the signed-in user and the
 * locale. These stories show whole pages of elements under one provider (its `api-base`, `token` and `lang` come from
 * the story's mocked host and the `user` and `lang` controls).
 */
const meta = {
  title: 'Elements/hn-provider',
  component: 'hn-provider',
  decorators: [withMockHost],
  argTypes: { ...providerArgTypes },
  args: { user: 'citizen', lang: 'toolbar' },
  // The wrapper sets these from the mocked host and the user control.
  parameters: { mockHost: { myTools }, controls: { exclude: ['api-base', 'token', 'tokenProvider'] } },
} satisfies Meta<ProviderArgs>;

export default meta;
type Story = StoryObj<ProviderArgs>;

/** A citizen's page: the catalog and "my tools" stay in step (save a tool above, it appears below). */
export const CitizenPage: Story = {
  render: () => html`
    <hn-my-tools catalog-href="#katalog" .launcher=${storyLauncher}></hn-my-tools>
    <h2 id="katalog">Verktøykatalogen</h2>
    <hn-tool-catalog login-href="#logg-inn" .launcher=${storyLauncher}></hn-tool-catalog>
  `,
};

/** A GP's page: send a tool with the form, and the list below reloads after `hn-assigned`. */
export const PersonnelPage: Story = {
  args: { user: 'personnel' },
  render: () => html`
    <h2>Send et verktøy</h2>
    <hn-assign-tool
      @hn-assigned=${(event: Event) => void (event.currentTarget as Element).parentElement?.querySelector<HnAssignmentList>('hn-assignment-list')?.reload()}
    ></hn-assign-tool>
    <h2>Sendte verktøy</h2>
    <hn-assignment-list></hn-assignment-list>
  `,
};

/**
 * The token was refused (the host answers 401 to `/api/me`, as for an expired session): `hn-user-change` carries
 * `{ user: null }` and every element shows its sign-in hint.
 */
export const RefusedToken: Story = {
  args: { user: 'refused' },
  render: () => html`
    <hn-my-tools login-href="#logg-inn"></hn-my-tools>
    <hn-tool-catalog login-href="#logg-inn"></hn-tool-catalog>
    <hn-assign-tool></hn-assign-tool>
    <hn-assignment-list></hn-assignment-list>
  `,
  play: async ({ canvasElement }) => {
    const root = await rendered(canvasElement, 'hn-my-tools');
    await expect(find(root, '[part="hint"]')).toBeVisible();
  },
};
