import type { HnLauncher } from '@koblingslab/elements';
import { action } from 'storybook/actions';

/**
 * The elements' `launcher` in stories: a Start runs the whole flow (hn-launch, the POST to the mocked host, the busy
 * button, launch errors) but the ticket URL goes to the Actions panel instead of navigating the Storybook iframe.
 */
export const storyLauncher: HnLauncher = {
  navigate: action('launcher.navigate'),
  openWindow() {
    action('launcher.openWindow')();
    return { navigate: action('launch window.navigate'), close: action('launch window.close') };
  },
};
