import { baseConfig } from '@recovery-circles/vitest-config';
import { defineConfig } from 'vitest/config';

export default defineConfig(
  baseConfig({
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser and one server at a time: these machines have two cores.
    fileParallelism: false,
  }),
);
