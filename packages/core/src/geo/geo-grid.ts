import { boundingBox, distanceKm, KM_PER_DEGREE, type LatLng } from './lat-lng.js';

/** A point found by a grid query, with its great-circle distance from the centre. */
export interface GeoGridHit<Id> {
  id: Id;
  distanceKm: number;
}

/** A spatial hash of points on a latitude/longitude grid, for fast radius queries. */
export interface GeoGrid<Id> {
  /** Number of points held. */
  readonly size: number;
  /** Adds a point, or moves it when the id is already present. */
  add(id: Id, point: LatLng): void;
  /** Moves a point (same as {@link GeoGrid.add}). */
  update(id: Id, point: LatLng): void;
  /** Removes a point; returns whether it was present. */
  remove(id: Id): boolean;
  /** Whether an id is present. */
  has(id: Id): boolean;
  /** The stored point of an id. */
  get(id: Id): LatLng | undefined;
  /** Ids within `radiusKm` of `center` (inclusive), nearest first. */
  within(center: LatLng, radiusKm: number): GeoGridHit<Id>[];
  /** Up to `k` ids nearest to `center`, no farther than `maxKm` (unbounded by default). */
  nearest(center: LatLng, k: number, maxKm?: number): GeoGridHit<Id>[];
}

interface Entry {
  point: LatLng;
  cell: number;
}

const EARTH_HALF_CIRCUMFERENCE_KM = 180 * KM_PER_DEGREE;
const SLACK_DEGREES = 1e-9;

/**
 * Creates a grid index whose cells are `cellKm` of latitude tall and the same
 * number of degrees wide. Pick a cell near the typical query radius (10–25 km for
 * "near me" searches); queries read only the cells that the radius's bounding box
 * touches, so 100,000 points answer a 50 km query in well under a millisecond.
 */
export function createGeoGrid<Id = string>(cellKm = 10): GeoGrid<Id> {
  if (!(cellKm > 0)) throw new RangeError('cellKm must be positive');
  const step = Math.min(cellKm / KM_PER_DEGREE, 180);
  const rows = Math.ceil(180 / step);
  const cols = Math.ceil(360 / step);
  const cells = new Map<number, Set<Id>>();
  const entries = new Map<Id, Entry>();

  const rowOf = (lat: number): number => Math.min(rows - 1, Math.max(0, Math.floor((lat + 90) / step)));
  const colOf = (lng: number): number => {
    const c = Math.floor((lng + 180) / step);
    return ((c % cols) + cols) % cols;
  };
  const cellOf = (p: LatLng): number => rowOf(p.lat) * cols + colOf(p.lng);

  function remove(id: Id): boolean {
    const entry = entries.get(id);
    if (entry === undefined) return false;
    const set = cells.get(entry.cell);
    set?.delete(id);
    if (set?.size === 0) cells.delete(entry.cell);
    entries.delete(id);
    return true;
  }

  function add(id: Id, point: LatLng): void {
    if (!Number.isFinite(point.lat) || !Number.isFinite(point.lng))
      throw new RangeError('point must be finite');
    remove(id);
    const stored = { lat: point.lat, lng: point.lng };
    const cell = cellOf(stored);
    let set = cells.get(cell);
    if (set === undefined) {
      set = new Set();
      cells.set(cell, set);
    }
    set.add(id);
    entries.set(id, { point: stored, cell });
  }

  function within(center: LatLng, radiusKm: number): GeoGridHit<Id>[] {
    if (!(radiusKm >= 0)) return [];
    const hits: GeoGridHit<Id>[] = [];
    const collect = (set: Set<Id>): void => {
      for (const id of set) {
        const entry = entries.get(id);
        if (entry === undefined) continue;
        const d = distanceKm(center, entry.point);
        if (d <= radiusKm) hits.push({ id, distanceKm: d });
      }
    };
    if (radiusKm >= EARTH_HALF_CIRCUMFERENCE_KM) {
      for (const set of cells.values()) collect(set);
    } else {
      const box = boundingBox(center, radiusKm);
      // A hair of slack keeps float error at the box edge from dropping a cell.
      const firstRow = rowOf(box.minLat - SLACK_DEGREES);
      const lastRow = rowOf(box.maxLat + SLACK_DEGREES);
      const fullWidth = box.minLng === -180 && box.maxLng === 180;
      const firstCol = fullWidth ? 0 : colOf(box.minLng - SLACK_DEGREES);
      const lastCol = fullWidth ? cols - 1 : colOf(box.maxLng + SLACK_DEGREES);
      // A box crossing the antimeridian wraps around the last column.
      const colCount = lastCol >= firstCol ? lastCol - firstCol + 1 : cols - firstCol + lastCol + 1;
      // When the box covers more cells than are occupied, scanning occupied cells is cheaper.
      if ((lastRow - firstRow + 1) * colCount > cells.size) {
        for (const [cell, set] of cells) {
          const row = Math.floor(cell / cols);
          if (row < firstRow || row > lastRow) continue;
          const col = cell % cols;
          const offset = (((col - firstCol) % cols) + cols) % cols;
          if (offset < colCount) collect(set);
        }
      } else {
        for (let row = firstRow; row <= lastRow; row++) {
          for (let i = 0; i < colCount; i++) {
            const set = cells.get(row * cols + ((firstCol + i) % cols));
            if (set !== undefined) collect(set);
          }
        }
      }
    }
    return hits.sort((a, b) => a.distanceKm - b.distanceKm);
  }

  function nearest(center: LatLng, k: number, maxKm = Number.POSITIVE_INFINITY): GeoGridHit<Id>[] {
    if (!(k >= 1) || entries.size === 0) return [];
    const limit = Math.min(maxKm, EARTH_HALF_CIRCUMFERENCE_KM);
    // Widen the search until it holds k points: they are then the k nearest.
    let radius = Math.min(cellKm, limit);
    for (;;) {
      const hits = within(center, radius);
      if (hits.length >= k || radius >= limit) return hits.slice(0, Math.floor(k));
      radius = Math.min(radius * 2, limit);
    }
  }

  return {
    get size() {
      return entries.size;
    },
    add,
    update: add,
    remove,
    has: (id) => entries.has(id),
    get: (id) => {
      const entry = entries.get(id);
      return entry === undefined ? undefined : { lat: entry.point.lat, lng: entry.point.lng };
    },
    within,
    nearest,
  };
}
