import { defineConfig } from 'vite';

// Builds the demo portal (portal/) that the host serves at "/".
export default defineConfig({
  root: 'portal',
  base: '/',
  build: { outDir: '../dist/portal', emptyOutDir: true },
});
