/** Vite's build manifest (dist/.vite/manifest.json), as far as the budget reads it. */
export type Manifest = Record<
  string,
  { file: string; imports?: string[]; dynamicImports?: string[]; assets?: string[] }
>;

/** One page's initial JavaScript. */
export interface PageInitialJs {
  /** The page component's name, e.g. "ResourcePage". */
  page: string;
  /** Its manifest key, e.g. "src/pages/ResourcePage.tsx". */
  source: string;
  /** The language whose page loads the most (each language's page loads its own strings). */
  locale: string;
  /** The JavaScript files it loads before it runs, relative to dist/. */
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  withinBudget: boolean;
}

export const INITIAL_JS_BUDGET: number;
export function readManifest(distDir: string): Manifest;
export const LOCALES: readonly string[];
/** What boot.ts loads for a page once it is painted (URL paths), as the prerender lists it. */
export interface PageLoad {
  app: string;
  early?: string;
  modules: string[];
}
export function pageLoad(manifest: Manifest, pageKey: string, locale: string): PageLoad;
export function initialJsByPage(distDir: string): PageInitialJs[];
export function budgetTable(pages: readonly PageInitialJs[]): string;
