import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { DatabaseError } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from './database.js';
import { EmbeddedDatabase } from './embedded.js';

// The embedded database runs on its own thread; these check that node-postgres, Kysely and
// the bulk reader behave over it as over a PostgreSQL server.
describe('the embedded database on its own thread', () => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await openStorage({ kind: 'pglite' });
    await sql`CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL)`.execute(storage.db);
  });
  afterAll(() => storage.close());

  it('answers queries sent together, each with its own rows, in the order they were sent', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => sql<{ n: number }>`SELECT ${i}::int AS n`.execute(storage.db)),
    );
    expect(answers.map(({ rows }) => rows[0]?.n)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('keeps text as written, whatever its characters, through parameters and back', async () => {
    const body = 'Niños — “grupo” 😀 \u0000'.replace('\u0000', '');
    await sql`INSERT INTO notes VALUES (1, ${body})`.execute(storage.db);
    const { rows } = await sql<{ body: string }>`SELECT body FROM notes WHERE id = 1`.execute(storage.db);
    expect(rows[0]?.body).toBe(body);
  });

  it('reports a failed statement as PostgreSQL does, and stays usable', async () => {
    const duplicate = sql`INSERT INTO notes VALUES (1, 'again')`.execute(storage.db);
    await expect(duplicate).rejects.toBeInstanceOf(DatabaseError);
    await expect(duplicate).rejects.toMatchObject({ code: '23505', constraint: 'notes_pkey' });
    await expect(sql`SELEC 1`.execute(storage.db)).rejects.toMatchObject({ code: '42601' });
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM notes`.execute(storage.db);
    expect(rows[0]?.n).toBe(1);
  });

  it('rolls a failed transaction back whole', async () => {
    const failing = storage.db.transaction().execute(async (trx) => {
      await sql`INSERT INTO notes VALUES (2, 'kept only if all goes well')`.execute(trx);
      await sql`INSERT INTO notes VALUES (1, 'a duplicate')`.execute(trx);
    });
    await expect(failing).rejects.toMatchObject({ code: '23505' });
    const { rows } = await sql<{ id: number }>`SELECT id FROM notes ORDER BY id`.execute(storage.db);
    expect(rows.map((r) => r.id)).toEqual([1]);
  });

  it('reads ahead: queries back to back inside the caller’s transaction, each answer handed over in turn', async () => {
    const readAhead = storage.readAhead;
    if (!readAhead) throw new Error('the embedded database reads ahead');
    const seen = await storage.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        await sql`INSERT INTO notes VALUES (3, 'written in this transaction')`.execute(trx);
        const queries = [1, 3, 4].map((id) =>
          sql<{ body: string }>`SELECT body FROM notes WHERE id = ${id}`.compile(trx),
        );
        const answers: string[][] = [];
        await readAhead(queries, (rows) => answers.push(rows.map((r) => r.body)));
        return answers;
      });
    expect(seen).toEqual([['Niños — “grupo” 😀 '], ['written in this transaction'], []]);
  });

  it('reads ahead: a failing query, or a caller failing on its rows, rejects with that error', async () => {
    const readAhead = storage.readAhead;
    if (!readAhead) throw new Error('the embedded database reads ahead');
    const bad = sql`SELECT nothing FROM notes`.compile(storage.db);
    await expect(readAhead([bad], () => undefined)).rejects.toMatchObject({ code: '42703' });
    const good = sql<{ id: number }>`SELECT id FROM notes`.compile(storage.db);
    let calls = 0;
    const refusing = readAhead([good, good], () => {
      calls += 1;
      throw new Error('the caller could not use these rows');
    });
    await expect(refusing).rejects.toThrow('the caller could not use these rows');
    expect(calls).toBe(1);
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM notes`.execute(storage.db);
    expect(rows[0]?.n).toBe(2);
  });
});

describe('the embedded database in a folder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rc-embedded-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps what was written when closed, for the next process to open (the import command’s, on its own thread)', async () => {
    const dataDir = join(dir, 'data');
    const first = await openStorage({ kind: 'pglite', dataDir, sameThread: true });
    expect(first.readAhead).toBeUndefined();
    await sql`CREATE TABLE kept (n int)`.execute(first.db);
    await sql`INSERT INTO kept VALUES (7)`.execute(first.db);
    await first.close();
    const again = await openStorage({ kind: 'pglite', dataDir });
    try {
      const { rows } = await sql<{ n: number }>`SELECT n FROM kept`.execute(again.db);
      expect(rows).toEqual([{ n: 7 }]);
    } finally {
      await again.close();
    }
  });

  it('says why when the folder holds no database it can open, and closes cleanly', async () => {
    const dataDir = join(dir, 'not-a-database');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'PG_VERSION'), 'not a version\n');
    const storage = await openStorage({ kind: 'pglite', dataDir });
    await expect(sql`SELECT 1`.execute(storage.db)).rejects.toThrow(
      `The embedded database in ${dataDir} could not be opened`,
    );
    await storage.close();
  });

  it('fails every request after its thread has stopped', async () => {
    const embedded = new EmbeddedDatabase(undefined);
    await embedded.opened;
    await embedded.close();
    await expect(embedded.protocol(new Uint8Array([81, 0, 0, 0, 4]))).rejects.toThrow('stopped');
  });
});
