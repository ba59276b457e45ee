import { baseConfig } from '@recovery-circles/vitest-config';
import { defineConfig } from 'vitest/config';

export default defineConfig(
  baseConfig({
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  }),
);
