/*
 * The embedded database's own thread: it opens PGlite on the data folder and answers the
 * main thread (see `embedded.ts`), one request at a time, in the order they came. PGlite is
 * one Postgres session, so requests never interleave.
 *
 * Run by Node as it is (types stripped): it imports only packages, and types.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import type { EmbeddedFailure, EmbeddedReply, EmbeddedRequest } from './embedded.js';

if (!parentPort) throw new Error('embedded-worker.ts runs as a worker thread (see embedded.ts)');
const port = parentPort;
const send = (reply: EmbeddedReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);

function failure(error: unknown): EmbeddedFailure {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { message: error.message, ...(typeof code === 'string' ? { code } : {}) };
}

async function answer(db: PGlite, request: EmbeddedRequest): Promise<void> {
  switch (request.kind) {
    case 'protocol': {
      // Bytes of the wire protocol in, the server's bytes out: a copy PGlite made for us.
      const bytes = await db.execProtocolRaw(request.bytes);
      send({ id: request.id, kind: 'bytes', bytes }, [bytes.buffer as ArrayBuffer]);
      return;
    }
    case 'queries': {
      // Back to back, each result handed over as soon as it is done, while the next runs.
      for (const query of request.queries) {
        const { rows } = await db.query(query.sql, [...query.parameters]);
        send({ id: request.id, kind: 'rows', rows });
      }
      send({ id: request.id, kind: 'done' });
      return;
    }
    case 'close': {
      await db.close();
      send({ id: request.id, kind: 'done' });
      port.close();
      return;
    }
  }
}

async function serve(): Promise<void> {
  let db: PGlite;
  try {
    db = await PGlite.create(workerData as string);
  } catch (error) {
    send({ kind: 'failed', error: failure(error) });
    port.close();
    return;
  }
  send({ kind: 'open' });
  let queue = Promise.resolve();
  port.on('message', (request: EmbeddedRequest) => {
    queue = queue.then(() =>
      answer(db, request).catch((error: unknown) =>
        send({ id: request.id, kind: 'error', error: failure(error) }),
      ),
    );
  });
}

await serve();
