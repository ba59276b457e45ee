import { boundingBox, distanceKmOf, KM_PER_DEGREE, type LatLng } from './lat-lng.js';

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
  /**
   * Adds a point whose id is not held, without looking it up: for a caller that knows its
   * ids, with {@link GeoGrid.removeAt}. A grid used only through these two keeps no map
   * from ids to cells, so a bulk load allocates nothing per point.
   */
  insert(id: Id, point: LatLng): void;
  /** Removes a point given the coordinates it was added with; returns whether it was present. */
  removeAt(id: Id, point: LatLng): boolean;
  /** Whether an id is present. */
  has(id: Id): boolean;
  /** The stored point of an id. */
  get(id: Id): LatLng | undefined;
  /** Ids within `radiusKm` of `center` (inclusive), nearest first. */
  within(center: LatLng, radiusKm: number): GeoGridHit<Id>[];
  /**
   * Calls `visit` with each id within `radiusKm` of `center` (inclusive) and its distance, in
   * no set order: for callers that rank or group the points themselves, with no list to sort.
   */
  forEachWithin(center: LatLng, radiusKm: number, visit: (id: Id, distanceKm: number) => void): void;
  /** Up to `k` ids nearest to `center`, no farther than `maxKm` (unbounded by default). */
  nearest(center: LatLng, k: number, maxKm?: number): GeoGridHit<Id>[];
}

/*
 * A cell keeps its points in parallel arrays (ids, latitudes, longitudes): adding is a push,
 * a query reads coordinates without a lookup per point, and removing moves the cell's last
 * point into the freed slot. Lookups by id go through a map from each id to its cell, made
 * on the first of them (`add`, `update`, `remove`, `has`, `get`) and kept from then on; an
 * id is found in its cell's ids when it moves or goes, which is rare. A caller that knows
 * its ids uses `insert` and `removeAt`, and a bulk load of 100,000 points through them
 * allocates nothing but the cells.
 */
interface Cell<Id> {
  key: number;
  ids: Id[];
  lats: number[];
  lngs: number[];
}

function assertFinite(point: LatLng): void {
  if (!Number.isFinite(point.lat) || !Number.isFinite(point.lng))
    throw new RangeError('point must be finite');
}

const EARTH_HALF_CIRCUMFERENCE_KM = 180 * KM_PER_DEGREE;
const SLACK_DEGREES = 1e-9;
/** About 10 cm: points this close outside the bounding box still get an exact distance. */
const PREFILTER_MARGIN_DEGREES = 1e-6;

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
  const cells = new Map<number, Cell<Id>>();
  let places: Map<Id, Cell<Id>> | undefined;
  let count = 0;

  const rowOf = (lat: number): number => Math.min(rows - 1, Math.max(0, Math.floor((lat + 90) / step)));
  const colOf = (lng: number): number => {
    const c = Math.floor((lng + 180) / step);
    return ((c % cols) + cols) % cols;
  };

  const keyOf = (lat: number, lng: number): number => rowOf(lat) * cols + colOf(lng);

  function idMap(): Map<Id, Cell<Id>> {
    if (places === undefined) {
      places = new Map();
      for (const cell of cells.values()) for (const id of cell.ids) places.set(id, cell);
    }
    return places;
  }

  /** Removes `id` from `cell`, where it is at `slot`. */
  function removeFrom(cell: Cell<Id>, id: Id, slot: number): void {
    places?.delete(id);
    count--;
    const last = cell.ids.length - 1;
    if (slot !== last) {
      cell.ids[slot] = cell.ids[last] as Id;
      cell.lats[slot] = cell.lats[last] as number;
      cell.lngs[slot] = cell.lngs[last] as number;
    }
    cell.ids.pop();
    cell.lats.pop();
    cell.lngs.pop();
    if (last === 0) cells.delete(cell.key);
  }

  function remove(id: Id): boolean {
    const cell = idMap().get(id);
    if (cell === undefined) return false;
    removeFrom(cell, id, cell.ids.indexOf(id));
    return true;
  }

  function removeAt(id: Id, point: LatLng): boolean {
    const cell = cells.get(keyOf(point.lat, point.lng));
    const slot = cell === undefined ? -1 : cell.ids.indexOf(id);
    if (cell === undefined || slot < 0) return false;
    removeFrom(cell, id, slot);
    return true;
  }

  function insert(id: Id, point: LatLng): void {
    assertFinite(point);
    const { lat, lng } = point;
    const key = keyOf(lat, lng);
    let cell = cells.get(key);
    if (cell === undefined) {
      cell = { key, ids: [], lats: [], lngs: [] };
      cells.set(key, cell);
    }
    places?.set(id, cell);
    count++;
    cell.ids.push(id);
    cell.lats.push(lat);
    cell.lngs.push(lng);
  }

  function add(id: Id, point: LatLng): void {
    // Checked before the old point goes, so a bad move leaves the grid as it was.
    assertFinite(point);
    remove(id);
    insert(id, point);
  }

  function forEachWithin(
    center: LatLng,
    radiusKm: number,
    visit: (id: Id, distanceKm: number) => void,
  ): void {
    if (!(radiusKm >= 0)) return;
    // Points outside the radius's bounding box (with a margin far above rounding error) are
    // farther than the radius: they are passed over without working out a distance.
    let minLat = Number.NEGATIVE_INFINITY;
    let maxLat = Number.POSITIVE_INFINITY;
    let minLng = Number.NEGATIVE_INFINITY;
    let maxLng = Number.POSITIVE_INFINITY;
    const collect = (cell: Cell<Id>): void => {
      const { ids, lats, lngs } = cell;
      const { lat, lng } = center;
      for (let i = 0; i < ids.length; i++) {
        const pointLat = lats[i] as number;
        const pointLng = lngs[i] as number;
        if (pointLat < minLat || pointLat > maxLat || pointLng < minLng || pointLng > maxLng) continue;
        const d = distanceKmOf(lat, lng, pointLat, pointLng);
        if (d <= radiusKm) visit(ids[i] as Id, d);
      }
    };
    if (radiusKm >= EARTH_HALF_CIRCUMFERENCE_KM) {
      for (const cell of cells.values()) collect(cell);
    } else {
      const box = boundingBox(center, radiusKm);
      minLat = box.minLat - PREFILTER_MARGIN_DEGREES;
      maxLat = box.maxLat + PREFILTER_MARGIN_DEGREES;
      // A box crossing the antimeridian (or around a pole) is filtered by latitude alone.
      if (box.minLng <= box.maxLng && box.minLng > -180 && box.maxLng < 180) {
        minLng = box.minLng - PREFILTER_MARGIN_DEGREES;
        maxLng = box.maxLng + PREFILTER_MARGIN_DEGREES;
      }
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
        for (const [key, cell] of cells) {
          const row = Math.floor(key / cols);
          if (row < firstRow || row > lastRow) continue;
          const col = key % cols;
          const offset = (((col - firstCol) % cols) + cols) % cols;
          if (offset < colCount) collect(cell);
        }
      } else {
        for (let row = firstRow; row <= lastRow; row++) {
          for (let i = 0; i < colCount; i++) {
            const cell = cells.get(row * cols + ((firstCol + i) % cols));
            if (cell !== undefined) collect(cell);
          }
        }
      }
    }
  }

  function within(center: LatLng, radiusKm: number): GeoGridHit<Id>[] {
    const hits: GeoGridHit<Id>[] = [];
    forEachWithin(center, radiusKm, (id, distanceKm) => hits.push({ id, distanceKm }));
    return hits.sort((a, b) => a.distanceKm - b.distanceKm);
  }

  function nearest(center: LatLng, k: number, maxKm = Number.POSITIVE_INFINITY): GeoGridHit<Id>[] {
    if (!(k >= 1) || count === 0) return [];
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
      return count;
    },
    add,
    update: add,
    remove,
    insert,
    removeAt,
    has: (id) => idMap().has(id),
    get: (id) => {
      const cell = idMap().get(id);
      if (cell === undefined) return undefined;
      const slot = cell.ids.indexOf(id);
      return { lat: cell.lats[slot] as number, lng: cell.lngs[slot] as number };
    },
    within,
    forEachWithin,
    nearest,
  };
}
