import { esbuildPlugin } from '@web/dev-server-esbuild';
export default { rootDir: '/work/main', nodeResolve: true, port: 8765, plugins: [esbuildPlugin({ ts: true, tsconfig: '/work/main/tsconfig.json' })] };
