import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const source = ['@recovery-circles/source'];

export default defineConfig({
  plugins: [react()],
  // Use core's TypeScript source directly; npm users of core get its dist.
  resolve: { conditions: source },
  ssr: {
    resolve: { conditions: source, externalConditions: source },
    noExternal: ['@recovery-circles/core'],
  },
  // The manifest tells the prerender step which chunks each page needs, for preload links.
  // Every browser the es2022 target runs in supports modulepreload (older ones just skip the
  // hint), so the polyfill would only add bytes to every page.
  build: { target: 'es2022', sourcemap: true, manifest: true, modulePreload: { polyfill: false } },
  server: { proxy: { '/v1': 'http://127.0.0.1:3000' } },
});
