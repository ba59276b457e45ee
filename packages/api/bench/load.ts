import { Worker } from 'node:worker_threads';
import type { LoadJob, LoadResult } from './load-worker.js';

/** Runs one load test in a worker thread (see load-worker.ts) and returns its figures. */
export function runLoad(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.ts', import.meta.url), { workerData: job });
    let settled = false;
    worker.once('message', (message: { ok: true; result: LoadResult } | { ok: false; error: string }) => {
      settled = true;
      void worker.terminate();
      if (message.ok) resolve(message.result);
      else reject(new Error(`load test failed: ${message.error}`));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`load worker exited with code ${code} before reporting`));
    });
  });
}
