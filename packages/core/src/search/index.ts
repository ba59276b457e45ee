export {
  createIndex,
  type FacetName,
  type IndexKeyCounts,
  type IndexOptions,
  type NearbyResource,
  type RemoteClass,
  type ResourceIndex,
} from './create-index.js';
export { InvalidCursorError } from './cursor.js';
export type { IndexedResource } from './indexed-resource.js';
export { type SearchItem, type SearchOptions, type SearchResult, search } from './search.js';
export {
  MAX_SEARCH_LIMIT,
  type SearchQuery,
  type SearchQueryInput,
  SearchQueryParamsSchema,
  SearchQuerySchema,
  type SearchSort,
  SearchSortSchema,
} from './search-query.js';
export {
  type OutlinePlace,
  outlineOf,
  type ResourceOutline,
  type StoredResource,
} from './stored-resource.js';
export { foldText, tokenize } from './text.js';
export type { PrecomputedSchedule, TimeStatus } from './week-clock.js';
