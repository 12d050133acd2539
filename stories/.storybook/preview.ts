import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from 'virtual:hn-custom-elements-manifest';
import '@koblingslab/elements/define';
import { publicApiOnly } from './public-manifest.ts';

// Attribute, property, event, part and custom-property tables (and event actions) come from the elements' manifest.
setCustomElementsManifest(publicApiOnly(manifest));

/** WCAG 2.1 A and AA, what Norwegian law requires; test/stories.test.ts runs axe with the same tags. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Controls for what a designer can change: `--hn-*` custom properties get a colour picker or a text field (the
 * story wrapper applies them); CSS parts stay documentation only.
 */
const styleControls: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      if (category === 'css shadow parts') return [name, { ...argType, control: false }];
      if (category === 'css custom properties') return [name, { ...argType, control: name.endsWith('-color') ? 'color' : 'text' }];
      return [name, argType];
    }),
  );

const preview: Preview = {
  argTypesEnhancers: [styleControls],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Violations fail the story's a11y check; the panel checks the same WCAG 2.1 AA rules as the story test.
    a11y: { test: 'error', options: { runOnly: { type: 'tag', values: wcagTags } } },
  },
  globalTypes: {
    locale: {
      description: 'Locale given to <hn-provider lang> when the story does not set one',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'nb-NO', title: 'Bokmål (nb-NO)' },
          { value: 'nn-NO', title: 'Nynorsk (nn-NO)' },
          { value: 'en-GB', title: 'English (en-GB)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nb-NO' },
};

export default preview;
