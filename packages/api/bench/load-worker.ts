import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

/*
 * The load generator runs in its own thread, so the server's event loop measures only the
 * server (the machine has two cores: one serves, one loads).
 */

/** One request of the rotation, as autocannon takes it. */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

/** What the thread is asked to run. */
export interface LoadJob {
  url: string;
  connections: number;
  warmupSeconds: number;
  seconds: number;
  requests: LoadRequest[];
}

/** What one measured run gave. */
export interface LoadResult {
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  bytesPerSecond: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
}

/** What the clients saw, counted here: inside a worker thread autocannon returns raw, unaggregated figures. */
interface Observed {
  responses: number;
  bytes: number;
  /** Latencies of the 2xx answers, exact (autocannon's histogram keeps whole milliseconds). */
  latencies: number[];
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

async function run(
  job: LoadJob,
  seconds: number,
  observed: Observed | undefined,
): Promise<autocannon.Result> {
  let client = 0;
  return autocannon({
    url: job.url,
    connections: job.connections,
    duration: seconds,
    requests: job.requests,
    setupClient: (c) => {
      // The connections start spread evenly over the rotation, so the server sees a mix at once,
      // and in a long rotation of requests each asked once, no connection reaches a request
      // before the server's caches (the last 1,000 answers) have let it go.
      const offset = Math.floor((client * job.requests.length) / job.connections) % job.requests.length;
      client += 1;
      c.setRequests([...job.requests.slice(offset), ...job.requests.slice(0, offset)]);
      if (observed)
        c.on('response', (status: number, bytes: number, ms: number) => {
          observed.responses += 1;
          observed.bytes += bytes;
          if (status >= 200 && status < 300) observed.latencies.push(ms);
        });
    },
  });
}

async function main(job: LoadJob): Promise<LoadResult> {
  if (job.warmupSeconds > 0) await run(job, job.warmupSeconds, undefined);
  const observed: Observed = { responses: 0, bytes: 0, latencies: [] };
  const result = await run(job, job.seconds, observed);
  const { latencies } = observed;
  const sorted = Float64Array.from(latencies).sort();
  const total = latencies.reduce((sum, ms) => sum + ms, 0);
  return {
    seconds: result.duration,
    requests: observed.responses,
    requestsPerSecond: round(observed.responses / result.duration),
    latencyMs: {
      p50: round(percentile(sorted, 50)),
      p90: round(percentile(sorted, 90)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted.at(-1) ?? Number.NaN),
      mean: round(total / Math.max(1, latencies.length)),
    },
    bytesPerSecond: Math.round(observed.bytes / result.duration),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count ?? 0]),
    ),
  };
}

if (parentPort) {
  const port = parentPort;
  main(workerData as LoadJob).then(
    (result) => port.postMessage({ ok: true, result }),
    (error: unknown) => port.postMessage({ ok: false, error: String(error) }),
  );
}
