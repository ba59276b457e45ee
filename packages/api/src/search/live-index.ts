import { createIndex, type ResourceIndex } from '@recovery-circles/core';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { resourcesChangedSince } from '../repositories/resources.js';

/**
 * Core's in-memory index over the database, kept current by following the change versions:
 * after this replica's own writes (`refresh()`), and every `pollMs` for other replicas'.
 * The database stays the source of truth; the index is rebuilt from it at every start.
 */
export interface LiveIndex {
  readonly index: ResourceIndex;
  /** The last change version applied. */
  readonly version: string;
  /** Applies every change written since the last refresh; returns how many. */
  refresh(): Promise<number>;
  /** Starts following other replicas' writes. */
  follow(): void;
  stop(): Promise<void>;
}

const BATCH = 5_000;

/** Loads every resource into a new index and returns it, ready to follow changes. */
export async function openLiveIndex(
  db: Kysely<Database>,
  options: { pollMs?: number; log?: FastifyBaseLogger } = {},
): Promise<LiveIndex> {
  const index = createIndex();
  let version = '0';
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
    }, options.pollMs ?? 500);
    timer.unref();
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
    async stop() {
      following = false;
      if (timer) clearTimeout(timer);
      await running?.catch(() => 0);
    },
  };
}
