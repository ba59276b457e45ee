import { useSyncExternalStore } from 'react';
import { emptyPlan } from './plan-model.js';
import type { Person, Plan, SavedResource } from './plan-schema.js';
import { readStoredPlan } from './stored-plan.js';

const KEY = 'recovery-circles.plan';
const EVENT = 'rc:plan';

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

// Kept in memory too, so the plan still works for this page when storage is off.
let memory: string | null = null;
let cachedRaw: string | null | undefined;
let cachedPlan: Plan = emptyPlan();
const SERVER_PLAN = emptyPlan();

function readRaw(): string | null {
  const store = storage();
  if (!store) return memory;
  try {
    return store.getItem(KEY);
  } catch {
    return memory;
  }
}

/** The plan kept in this browser (an empty plan when there is none or it is damaged). */
export function loadPlan(): Plan {
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedPlan = (raw && readStoredPlan(raw)) || emptyPlan();
  }
  return cachedPlan;
}

/** Whether this browser lets the plan be kept between visits. */
export function canStorePlan(): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(`${KEY}.probe`, '1');
    store.removeItem(`${KEY}.probe`);
    return true;
  } catch {
    return false;
  }
}

/** Keeps the plan in this browser only, and tells every open view of it. */
export function savePlan(plan: Plan): void {
  const raw = JSON.stringify(plan);
  memory = raw;
  try {
    storage()?.setItem(KEY, raw);
  } catch {
    // Storage full or off: the in-memory copy still serves this page.
  }
  window.dispatchEvent(new Event(EVENT));
}

/** Deletes the plan from this browser. */
export function clearPlan(): void {
  memory = null;
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing stored, nothing to remove.
  }
  window.dispatchEvent(new Event(EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(EVENT, onChange);
  // Another tab changed the plan.
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/** The plan, kept up to date across components and tabs. */
export function usePlan(): Plan {
  return useSyncExternalStore(subscribe, loadPlan, () => SERVER_PLAN);
}

/** Adds (or refreshes) a saved resource. */
export function withResource(plan: Plan, item: SavedResource): Plan {
  return { ...plan, resources: [...plan.resources.filter((r) => r.id !== item.id), item] };
}

/** Removes a saved resource. */
export function withoutResource(plan: Plan, id: string): Plan {
  return { ...plan, resources: plan.resources.filter((r) => r.id !== id) };
}

/** Adds a person. */
export function withPerson(plan: Plan, person: Person): Plan {
  return { ...plan, people: [...plan.people, person] };
}

/** Removes a person. */
export function withoutPerson(plan: Plan, id: string): Plan {
  return { ...plan, people: plan.people.filter((p) => p.id !== id) };
}
