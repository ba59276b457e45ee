import { baseConfig } from '@recovery-circles/vitest-config';
import { defineConfig } from 'vitest/config';

export default defineConfig(
  baseConfig({
    include: ['src/**/*.test.ts'],
    typecheck: { include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  }),
);
