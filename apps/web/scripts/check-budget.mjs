// The size budget, run at the end of `pnpm build`: fails the build when any page's initial
// JavaScript (entry + page chunk + their static imports, gzip) is over 100 KB.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { budgetTable, INITIAL_JS_BUDGET, initialJsByPage } from './initial-js.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const pages = initialJsByPage(dist);
const over = pages.filter((p) => !p.withinBudget);
if (over.length > 0) {
  console.error(budgetTable(pages));
  console.error(
    `\nJavaScript budget exceeded: ${over
      .map((p) => `${p.page} loads ${p.gzipBytes.toLocaleString('en-US')} bytes gzip`)
      .join(
        ', ',
      )} before it can run; the budget is ${INITIAL_JS_BUDGET.toLocaleString('en-US')} bytes per page.\nSplit heavy parts off with import() (as the map and the plan schema are), or drop a dependency.`,
  );
  process.exit(1);
}
const largest = pages.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
console.log(
  `JavaScript budget: every page within ${INITIAL_JS_BUDGET.toLocaleString('en-US')} bytes gzip (largest: ${largest.page}, ${largest.gzipBytes.toLocaleString('en-US')}).`,
);
