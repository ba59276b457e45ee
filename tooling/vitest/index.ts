import type { ViteUserConfig } from 'vitest/config';

const source = ['@recovery-circles/source'];

/**
 * Shared test settings: run workspace packages from their TypeScript source, and write a
 * JSON report that `npm test` adds up into one "N passed, N failed" line.
 */
export function baseConfig(test: NonNullable<ViteUserConfig['test']>): ViteUserConfig {
  return {
    resolve: { conditions: source },
    ssr: { resolve: { conditions: source, externalConditions: source } },
    test: {
      reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
      ...test,
    },
  };
}
