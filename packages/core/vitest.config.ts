import { baseConfig } from '@recovery-circles/vitest-config';
import { defineConfig } from 'vitest/config';

export default defineConfig(
  baseConfig({
    include: ['src/**/*.test.ts'],
    // Real-data suites (whole feeds, official schemas) run long on a loaded 2-core machine.
    testTimeout: 60_000,
    typecheck: { include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  }),
);
