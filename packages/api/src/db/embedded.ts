import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import { serialize } from 'pg-protocol';
import type { BackendMessage } from 'pg-protocol/dist/messages.js';
import { Parser } from 'pg-protocol/dist/parser.js';

/*
 * The embedded database (PGlite) on a thread of its own. PGlite is Postgres compiled to
 * WebAssembly: every statement it runs is synchronous work on the thread that holds it. On
 * the server's main thread, opening it (0.6–0.8 s), every query and every import would stop
 * the event loop; here they run beside it. At start-up the server's modules load, and a
 * search snapshot is parsed, while the database opens; and a bulk read hands each part of
 * the table to the main thread while the next is read (`queries`).
 *
 * node-postgres speaks to it through `EmbeddedConnection`, which sends the wire protocol's
 * bytes over and parses the answer's bytes here, so Kysely, transactions and errors behave
 * as with a PostgreSQL server.
 */

/** What the main thread asks of the database's thread (see `embedded-worker.ts`). */
export type EmbeddedRequest =
  | { id: number; kind: 'protocol'; bytes: Uint8Array }
  | { id: number; kind: 'queries'; queries: readonly EmbeddedQuery[] }
  | { id: number; kind: 'close' };

/** What it answers: first `open` or `failed`, then replies to requests by their id. */
export type EmbeddedReply =
  | { kind: 'open' }
  | { kind: 'failed'; error: EmbeddedFailure }
  | { id: number; kind: 'bytes'; bytes: Uint8Array }
  | { id: number; kind: 'rows'; rows: unknown[] }
  | { id: number; kind: 'done' }
  | { id: number; kind: 'error'; error: EmbeddedFailure };

/** A request before `#request` numbers it (each member of the union without its id). */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

export interface EmbeddedQuery {
  sql: string;
  parameters: readonly unknown[];
}

export interface EmbeddedFailure {
  message: string;
  code?: string;
}

interface Pending {
  resolve(value: Uint8Array | undefined): void;
  reject(error: Error): void;
  rows?: (rows: unknown[]) => void;
  failed?: Error;
}

// Run from the sources (tests, `pnpm dev`) the worker is the .ts beside this file, which Node
// strips of its types; in the build, tsup's `embedded-worker` entry beside the bundle.
const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('./embedded-worker.ts', import.meta.url)
  : new URL('./embedded-worker.js', import.meta.url);

export class EmbeddedDatabase {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #next = 0;
  /** Why it can no longer answer, once it cannot. */
  #broken: Error | undefined;
  #closed: Promise<void> | undefined;
  /** Settles when the database is open: every request waits for it. */
  readonly opened: Promise<void>;

  /**
   * Starts opening the database in `dataDir` (in memory when undefined) and returns at once;
   * requests wait until it is open, and fail with the reason when it cannot be.
   */
  constructor(dataDir: string | undefined) {
    this.#worker = new Worker(WORKER_URL, { workerData: dataDir ?? 'memory://' });
    this.opened = new Promise((resolve, reject) => {
      this.#worker.on('message', (reply: EmbeddedReply) => {
        if (reply.kind === 'open') return resolve();
        if (reply.kind === 'failed') {
          const where = dataDir === undefined ? 'in memory' : `in ${dataDir}`;
          return reject(
            this.#break(
              new Error(`The embedded database ${where} could not be opened: ${reply.error.message}`),
            ),
          );
        }
        this.#settle(reply);
      });
      this.#worker.on('error', (error) => reject(this.#break(error)));
      this.#worker.on('exit', (code) => {
        reject(this.#break(new Error(`The embedded database's thread stopped (exit code ${code}).`)));
      });
    });
    // A failure to open is reported to the first request (and by `close`), not as unhandled.
    this.opened.catch(() => undefined);
  }

  /** Sends wire-protocol bytes; resolves with the server's bytes. */
  protocol(bytes: Uint8Array): Promise<Uint8Array> {
    // A copy of its own to hand over: Node's small buffers share one pooled ArrayBuffer.
    const own = new Uint8Array(bytes);
    return this.#request({ kind: 'protocol', bytes: own }, [own.buffer]) as Promise<Uint8Array>;
  }

  /**
   * Runs `queries` back to back on the database's thread, in the session as it is (inside
   * the caller's transaction, if one is open), and calls `each` with every query's rows as
   * soon as they arrive, while the next runs. Resolves when the last has been handed over.
   */
  async queries<Row>(queries: readonly EmbeddedQuery[], each: (rows: Row[]) => void): Promise<void> {
    await this.#request({ kind: 'queries', queries }, [], each as (rows: unknown[]) => void);
  }

  /** Closes the database (writing what it holds) and stops its thread. */
  close(): Promise<void> {
    this.#closed ??= (async () => {
      try {
        await this.#request({ kind: 'close' }, []);
      } catch (error) {
        if (!this.#broken) throw error;
      } finally {
        await this.#worker.terminate();
      }
    })();
    return this.#closed;
  }

  async #request(
    request: Unnumbered<EmbeddedRequest>,
    transfer: ArrayBuffer[],
    rows?: (rows: unknown[]) => void,
  ): Promise<Uint8Array | undefined> {
    await this.opened;
    if (this.#broken) throw this.#broken;
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, ...(rows ? { rows } : {}) });
      this.#worker.postMessage({ id, ...request } satisfies EmbeddedRequest, transfer);
    });
  }

  #settle(reply: Extract<EmbeddedReply, { id: number }>): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    if (reply.kind === 'rows') {
      // A caller that failed on some rows gets its own error at the end, and no more rows.
      if (pending.failed === undefined) {
        try {
          pending.rows?.(reply.rows);
        } catch (error) {
          pending.failed = error instanceof Error ? error : new Error(String(error));
        }
      }
      return;
    }
    this.#pending.delete(reply.id);
    if (reply.kind === 'error') pending.reject(databaseError(reply.error));
    else if (pending.failed) pending.reject(pending.failed);
    else pending.resolve(reply.kind === 'bytes' ? reply.bytes : undefined);
  }

  #break(error: Error): Error {
    this.#broken ??= error;
    for (const pending of this.#pending.values()) pending.reject(this.#broken);
    this.#pending.clear();
    return this.#broken;
  }
}

function databaseError(failure: EmbeddedFailure): Error {
  return Object.assign(new Error(failure.message), failure.code === undefined ? {} : { code: failure.code });
}

type ParseConfig = Parameters<typeof serialize.parse>[0];
type BindConfig = Parameters<typeof serialize.bind>[0];
type ExecuteConfig = Parameters<typeof serialize.execute>[0];
type PortalConfig = Parameters<typeof serialize.describe>[0];

/**
 * node-postgres's connection to the embedded database: what its `Connection` does over a
 * socket, done over the thread's messages (as PGlite's own `PglitePgConnection` does in
 * process). There is no start-up or authentication: the session is ready when the database
 * is open. Messages are held until node-postgres waits for an answer (a sync, a flush, a
 * simple query, the end of a copy), so an extended query is one round trip, not five.
 */
export class EmbeddedConnection extends EventEmitter {
  _connecting = false;
  readonly stream = { destroy: () => this.end() };
  /** node-postgres keeps the names of the statements it prepared here. */
  parsedStatements: Record<string, string> = {};
  submittedNamedStatements: Record<string, string> = {};
  readonly #database: EmbeddedDatabase;
  readonly #parser = new Parser();
  #outgoing: Buffer[] = [];
  /** The answers handled so far, in the order their requests were sent. */
  #handled: Promise<void> = Promise.resolve();

  constructor(database: EmbeddedDatabase) {
    super();
    this.#database = database;
  }

  connect(): void {
    this._connecting = true;
    this.#database.opened.then(
      () => this.emit('readyForQuery'),
      (error: unknown) => this.emit('error', error),
    );
  }

  requestSsl(): void {}
  startup(): void {}
  password(): void {}
  cancel(): void {}
  ref(): void {}
  unref(): void {}

  query(text: string): void {
    this.#send(serialize.query(text), true);
  }
  parse(query: ParseConfig): void {
    this.#send(serialize.parse(query));
  }
  bind(config: BindConfig): void {
    this.#send(serialize.bind(config));
  }
  execute(config: ExecuteConfig): void {
    this.#send(serialize.execute(config));
  }
  describe(portal: PortalConfig): void {
    this.#send(serialize.describe(portal));
  }
  close(portal: PortalConfig): void {
    this.#send(serialize.close(portal));
  }
  flush(): void {
    this.#send(serialize.flush(), true);
  }
  sync(): void {
    this.#send(serialize.sync(), true);
  }
  sendCopyFromChunk(chunk: Buffer): void {
    this.#send(serialize.copyData(chunk));
  }
  endCopyFrom(): void {
    this.#send(serialize.copyDone(), true);
  }
  sendCopyFail(message: string): void {
    this.#send(serialize.copyFail(message), true);
  }

  /** Ends this client's use of the session (the database stays open for the next client). */
  end(): void {
    this.#handled = this.#handled.then(() => {
      this.emit('end');
    });
    for (const event of this.eventNames()) if (event !== 'newListener') this.removeAllListeners(event);
  }

  #send(message: Buffer, answered = false): void {
    this.#outgoing.push(message);
    if (!answered) return;
    const bytes = Buffer.concat(this.#outgoing);
    this.#outgoing = [];
    const answer = this.#database.protocol(bytes);
    this.#handled = this.#handled
      .then(() => answer)
      .then(
        (reply) => this.#receive(reply),
        (error: unknown) => {
          this.emit('error', error);
        },
      );
  }

  #receive(reply: Uint8Array): void {
    const listening = this.listenerCount('message') > 0;
    this.#parser.parse(
      Buffer.from(reply.buffer, reply.byteOffset, reply.byteLength),
      (message: BackendMessage) => {
        if (listening) this.emit('message', message);
        this.emit(message.name === 'error' ? 'errorMessage' : message.name, message);
      },
    );
  }
}

/** node-postgres pool settings for the one session of `database`. */
export function embeddedPoolConfig(database: EmbeddedDatabase) {
  return { max: 1, connection: new EmbeddedConnection(database) };
}
