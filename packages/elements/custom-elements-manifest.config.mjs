// What `custom-elements-manifest analyze` reads: the elements' sources, Lit-aware, without the style modules.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
};
