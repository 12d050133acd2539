// What `custom-elements-manifest analyze` reads: the elements' sources, Lit-aware, without the style modules.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // package.json's "customElements" is set by hand; the analyzer would point it at whatever --outdir it was given.
  packagejson: false,
};
