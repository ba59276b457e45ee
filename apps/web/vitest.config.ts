import { baseConfig } from '@recovery-circles/vitest-config';
import { defineConfig } from 'vitest/config';

export default defineConfig(baseConfig({ include: ['src/**/*.test.{ts,tsx}'] }));
