import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const manifestModuleId = 'virtual:hn-custom-elements-manifest';

/**
 * Serves the elements' custom-elements.json (found through the package's own "customElements" field, since the
 * package's exports map does not expose it) as a module, for setCustomElementsManifest in the preview.
 */
function customElementsManifest(): Plugin {
  return {
    name: 'hn-custom-elements-manifest',
    resolveId: (id) => (id === manifestModuleId ? `\0${manifestModuleId}` : undefined),
    async load(id) {
      if (id !== `\0${manifestModuleId}`) return undefined;
      let dir = dirname(fileURLToPath(import.meta.resolve('@koblingslab/elements')));
      for (;;) {
        const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8').catch(() => '{}')) as Record<string, string>;
        if (pkg.name === '@koblingslab/elements') {
          const manifestPath = join(dir, pkg.customElements ?? 'custom-elements.json');
          this.addWatchFile(manifestPath);
          return `export default ${await readFile(manifestPath, 'utf8')};`;
        }
        if (dirname(dir) === dir) throw new Error('@koblingslab/elements package.json not found');
        dir = dirname(dir);
      }
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../src/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  // The network is closed here, and designers' machines need not phone home either.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  async viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), customElementsManifest()];
    // The web-components renderer imports lit/directive-helpers.js, which Vite's dev server would otherwise serve
    // unbundled: a second copy of lit-html beside the pre-bundled one ("Multiple versions of Lit loaded").
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };
    return viteConfig;
  },
};

export default config;
