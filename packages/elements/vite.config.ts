import { defineConfig } from 'vite';

// Library build: one ES module per entry, Lit and @lit/context left to the consuming app (peer / dependency).
export default defineConfig({
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: { index: 'src/index.ts', define: 'src/define.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/.*)?$/, /^@lit\//],
    },
  },
});
