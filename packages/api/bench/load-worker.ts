import net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

/*
 * The load generator runs in its own thread, so the server's event loop measures only the
 * server. Every connection comes from its own loopback address (127.1.x.y) and reconnects
 * from the next one every `reconnectEvery` requests, as many visitors would: POST /v1/match
 * keeps a per-client limit (120 a minute) whatever the app's global limit is.
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
  reconnectEvery: number;
  /** First loopback address index; each job takes a fresh range so no client is seen twice. */
  firstAddress: number;
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

let nextAddress = 0;

function loopbackAddress(index: number): string {
  // 127.1.0.1 upwards, skipping .0 and .255 so no address looks like a network or broadcast.
  const host = index % 254;
  const rest = Math.floor(index / 254);
  return `127.${1 + Math.floor(rest / 256)}.${rest % 256}.${host + 1}`;
}

const connect = net.connect.bind(net);
// autocannon opens every connection with net.connect(port, host); give each its own source.
Object.assign(net, {
  connect: (...args: Parameters<typeof net.connect>) => {
    const [port, host] = args as unknown[];
    if (typeof port === 'number' && typeof host === 'string' && args.length === 2) {
      nextAddress += 1;
      return connect({ port, host, localAddress: loopbackAddress(nextAddress) });
    }
    return connect(...args);
  },
});

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
  latencies: number[] | undefined,
): Promise<autocannon.Result> {
  let client = 0;
  return autocannon({
    url: job.url,
    connections: job.connections,
    duration: seconds,
    requests: job.requests,
    reconnectRate: job.reconnectEvery,
    setupClient: (c) => {
      // Each connection starts at another point of the rotation, so the server sees a mix at once.
      const offset = (client * 7) % job.requests.length;
      client += 1;
      c.setRequests([...job.requests.slice(offset), ...job.requests.slice(0, offset)]);
      // Exact latencies (autocannon's histogram keeps whole milliseconds).
      if (latencies)
        c.on('response', (status: number, _bytes: number, ms: number) => {
          if (status >= 200 && status < 300) latencies.push(ms);
        });
    },
  });
}

async function main(job: LoadJob): Promise<LoadResult> {
  nextAddress = job.firstAddress;
  if (job.warmupSeconds > 0) await run(job, job.warmupSeconds, undefined);
  const latencies: number[] = [];
  const result = await run(job, job.seconds, latencies);
  const sorted = Float64Array.from(latencies).sort();
  const total = latencies.reduce((sum, ms) => sum + ms, 0);
  return {
    seconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.total / result.duration),
    latencyMs: {
      p50: round(percentile(sorted, 50)),
      p90: round(percentile(sorted, 90)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted.at(-1) ?? Number.NaN),
      mean: round(total / Math.max(1, latencies.length)),
    },
    bytesPerSecond: Math.round(result.throughput.average),
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
