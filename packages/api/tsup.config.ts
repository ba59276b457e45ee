import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    server: 'src/server.ts',
    app: 'src/app.ts',
    cli: 'src/cli.ts',
    // The embedded database's thread, loaded by file beside the bundle (see src/db/embedded.ts).
    'embedded-worker': 'src/db/embedded-worker.ts',
  },
  format: ['esm'],
  target: 'node24',
  platform: 'node',
  sourcemap: true,
  clean: true,
  // Workspace core is bundled from its built output; npm packages stay external.
  dts: false,
});
