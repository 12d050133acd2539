// What `custom-elements-manifest analyze` reads: the elements' sources, Lit-aware, without the style modules.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // package.json's "customElements" is set by hand; the analyzer would point it at whatever --outdir it was given.
  packagejson: false,
  plugins: [
    {
      // The glob lists files in the file system's order, which differs between machines; sorted, the file is stable.
      name: 'sort-modules-by-path',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
