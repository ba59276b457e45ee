import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const source = ['@recovery-circles/source'];

/** The dev server has no prerender step: it links the app's stylesheet in index.html. */
const devStylesheet: Plugin = {
  name: 'recovery-circles:dev-stylesheet',
  apply: 'serve',
  transformIndexHtml: () => [
    { tag: 'link', attrs: { rel: 'stylesheet', href: '/src/styles.css' }, injectTo: 'head' },
  ],
};

export default defineConfig({
  plugins: [react(), devStylesheet],
  // Use core's TypeScript source directly; npm users of core get its dist.
  resolve: { conditions: source },
  ssr: {
    resolve: { conditions: source, externalConditions: source },
    noExternal: ['@recovery-circles/core'],
  },
  // The manifest tells the prerender step which chunks each page needs, for the list of modules
  // each page asks for once painted. Every browser the es2022 target runs in supports
  // modulepreload (older ones just skip the hint), so the polyfill would only add bytes.
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    modulePreload: {
      polyfill: false,
      // boot.ts asks for the modules of the app (main) and of the results page's first request
      // itself, from the list the prerender step writes into each page, a few per task; the
      // import() of those two must not ask for them all again, in one task.
      resolveDependencies: (file, deps) => (/(^|\/)(main|results-early)-[\w-]+\.js$/.test(file) ? [] : deps),
    },
    rollupOptions: {
      // The app's stylesheet is an entry of its own, imported by no script: the prerender step
      // puts it inline in every page, and a chunk loaded later must not add it again as a <link>
      // (a request, and the whole page's style worked out anew), as it would if a script
      // imported it. (The map's stylesheet loads with the map's chunk.)
      input: { index: 'index.html', styles: 'src/styles.css' },
      // React (react, react-dom, the scheduler, the JSX runtime) is loaded by every page, always
      // together: one chunk, rather than a few small ones that each compress on their own.
      output: {
        // React's code and the app's run nearly in full as a page starts (hydration): this
        // compile hint has V8 compile all their functions ahead, off the main thread as they
        // download, rather than one by one on it as each is first called.
        // https://v8.dev/blog/explicit-compile-hints
        postBanner: (chunk) =>
          chunk.name === 'react' || chunk.name === 'main' ? '//# allFunctionsCalledOnLoad' : '',
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // The vocabularies' labels the finder, the results and the cards show.
            {
              name: 'vocab',
              test: /[\\/]core[\\/]src[\\/]vocab[\\/](medications|audiences|approaches|concerns|costs|attendance|circles|relationships)-terms\.ts$/,
            },
            // Small helpers nearly every page's code uses: one chunk, not one request each.
            {
              name: 'util',
              test: /[\\/]src[\\/](routes|i18n[\\/]locale|lib[\\/](url-state|labels|text|where|ahead))\.ts$/,
            },
          ],
        },
      },
    },
  },
  server: { proxy: { '/v1': 'http://127.0.0.1:3000' } },
});
