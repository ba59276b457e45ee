import { baseConfig } from '@recovery-circles/vitest-config';
import { defineConfig } from 'vitest/config';

// Every language's strings (the pages in a browser load only their own, see src/i18n/locale.ts).
export default defineConfig(
  baseConfig({ include: ['src/**/*.test.{ts,tsx}'], setupFiles: ['src/i18n/all.ts'] }),
);
