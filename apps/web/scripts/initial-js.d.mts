/** Vite's build manifest (dist/.vite/manifest.json), as far as the budget reads it. */
export type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[] }>;

/** One page's initial JavaScript. */
export interface PageInitialJs {
  /** The page component's name, e.g. "ResourcePage". */
  page: string;
  /** Its manifest key, e.g. "src/pages/ResourcePage.tsx". */
  source: string;
  /** The JavaScript files it loads before it runs, relative to dist/. */
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  withinBudget: boolean;
}

export const INITIAL_JS_BUDGET: number;
export function readManifest(distDir: string): Manifest;
export function staticFiles(manifest: Manifest, key: string, into?: Set<string>): Set<string>;
export function initialJsByPage(distDir: string): PageInitialJs[];
export function budgetTable(pages: readonly PageInitialJs[]): string;
