import { createIndex, type Resource, type ResourceIndex } from '@recovery-circles/core';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { latestVersion, readAllResources, resourcesChangedSince } from '../repositories/resources.js';
import { databaseId, readSnapshot, SNAPSHOT_FORMAT, snapshotFileIn, writeSnapshot } from './snapshot.js';

/**
 * Core's in-memory index over the database, kept current by following the change versions:
 * after this replica's own writes (`refresh()`), and every `pollMs` for other replicas'.
 * The database stays the source of truth; the index is rebuilt from it at every start, or,
 * with a `snapshotFile`, from the snapshot written when a server last stopped (or by the
 * import command, `updateSnapshot`) plus the changes since (see `snapshot.ts`).
 */
export interface LiveIndex {
  readonly index: ResourceIndex;
  /** The last change version applied. */
  readonly version: string;
  /** Applies every change written since the last refresh; returns how many. */
  refresh(): Promise<number>;
  /** Starts following other replicas' writes. */
  follow(): void;
  /** Writes the snapshot now when there is one to keep and it is behind; throws when it cannot. */
  saveSnapshot(): Promise<void>;
  /** Stops following, and writes the snapshot when there is one to keep and it is behind. */
  stop(): Promise<void>;
  /** Whether the index started from a snapshot. */
  readonly fromSnapshot: boolean;
}

const BATCH = 5_000;

/**
 * With nothing to start from: every searchable record in the table, read once, and the
 * change version they are at. The index is built from them in one go afterwards, which is
 * faster than record by record between reads (whose garbage it would be collected with).
 */
async function readEverything(db: Kysely<Database>): Promise<{ resources: Resource[]; version: string }> {
  const resources: Resource[] = [];
  const version = await readAllResources(db, (batch) => {
    // Inactive records stay in the database for history but are never searched.
    for (const resource of batch) if (resource.status !== 'inactive') resources.push(resource);
  });
  return { resources, version };
}

/** Loads every resource into a new index and returns it, ready to follow changes. */
export async function openLiveIndex(
  db: Kysely<Database>,
  options: { pollMs?: number; log?: FastifyBaseLogger; snapshotFile?: string } = {},
): Promise<LiveIndex> {
  const { snapshotFile, log } = options;
  const id = snapshotFile === undefined ? undefined : await databaseId(db);
  const snapshot =
    snapshotFile !== undefined && id !== undefined
      ? await readSnapshot(snapshotFile, id, BigInt(await latestVersion(db)), log)
      : undefined;
  const start = snapshot ?? (await readEverything(db));
  const index = createIndex(start.resources);
  let version = start.version;
  let savedVersion = snapshot?.version;
  let running: Promise<number> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let following = false;

  async function applyChanges(): Promise<number> {
    let applied = 0;
    for (;;) {
      const changes = await resourcesChangedSince(db, version, BATCH);
      for (const { resource } of changes) {
        // Inactive records stay in the database for history but are never searched.
        if (resource.status === 'inactive') index.remove(resource.id);
        else index.update(resource);
      }
      applied += changes.length;
      const last = changes.at(-1);
      if (last) version = last.version;
      if (changes.length < BATCH) return applied;
    }
  }

  // One refresh at a time; a caller arriving during one waits, then runs its own.
  async function refresh(): Promise<number> {
    while (running) await running.catch(() => 0);
    running = applyChanges();
    try {
      return await running;
    } finally {
      running = undefined;
    }
  }

  function schedule(): void {
    timer = setTimeout(() => {
      refresh()
        .then((applied) => {
          if (applied > 0) options.log?.info({ applied, version }, 'search index followed changes');
        })
        .catch((err: unknown) => options.log?.error({ err }, 'search index refresh failed; retrying'))
        .finally(() => {
          if (following) schedule();
        });
    }, options.pollMs ?? 200);
    timer.unref();
  }

  async function saveSnapshot(): Promise<void> {
    if (snapshotFile === undefined || id === undefined || version === savedVersion) return;
    const resources = index.entries().map((entry) => entry.resource);
    await writeSnapshot(snapshotFile, { format: SNAPSHOT_FORMAT, databaseId: id, version, resources });
    savedVersion = version;
  }

  await refresh();
  return {
    index,
    get version() {
      return version;
    },
    refresh,
    follow() {
      if (following) return;
      following = true;
      schedule();
    },
    fromSnapshot: snapshot !== undefined,
    saveSnapshot,
    async stop() {
      following = false;
      if (timer) clearTimeout(timer);
      await running?.catch(() => 0);
      try {
        await saveSnapshot();
      } catch (err) {
        log?.warn(
          { err, file: snapshotFile },
          'search snapshot not written; the next start reads the database',
        );
      }
    },
  };
}

/**
 * Brings the index snapshot of the embedded database in `dataDir` up to date with the
 * database, as a server's graceful stop would: for a process that wrote to the database
 * while no server had it open (the import command), so that the next start reads one file
 * rather than applying each of those changes to an older snapshot, or reading every row.
 */
export async function updateSnapshot(
  db: Kysely<Database>,
  dataDir: string,
): Promise<{ resources: number; fromSnapshot: boolean }> {
  // Never followed, so there is nothing to stop: `stop()` would only try the write again.
  const live = await openLiveIndex(db, { pollMs: 0, snapshotFile: snapshotFileIn(dataDir) });
  await live.saveSnapshot();
  return { resources: live.index.size, fromSnapshot: live.fromSnapshot };
}
