import { describe, expectTypeOf, it } from 'vitest';
import type { MatchResult } from '../model/match-result.js';
import type { NeedsProfileInput } from '../model/needs-profile.js';
import type { Resource } from '../model/resource.js';
import { createIndex, type ResourceIndex } from '../search/create-index.js';
import { type SearchItem, type SearchResult, search } from '../search/search.js';
import type { SearchQuery, SearchQueryInput } from '../search/search-query.js';
import type { StoredResource } from '../search/stored-resource.js';
import { type MatchOptions, type MatchSource, match } from './match.js';

describe('public types', () => {
  it('createIndex takes resources (parsed or stored) and options and returns a ResourceIndex', () => {
    expectTypeOf(createIndex).parameter(0).toEqualTypeOf<Iterable<Resource | StoredResource> | undefined>();
    expectTypeOf(createIndex).returns.toEqualTypeOf<ResourceIndex>();
    expectTypeOf<ResourceIndex['get']>().returns.toEqualTypeOf<Resource | undefined>();
    expectTypeOf<ResourceIndex['all']>().returns.toEqualTypeOf<readonly Resource[]>();
    expectTypeOf<ResourceIndex['remove']>().returns.toEqualTypeOf<boolean>();
  });

  it('match needs a profile, an index or a list, and a `now`', () => {
    expectTypeOf(match).parameter(0).toEqualTypeOf<NeedsProfileInput>();
    expectTypeOf(match).parameter(1).toEqualTypeOf<MatchSource>();
    expectTypeOf<readonly Resource[]>().toExtend<MatchSource>();
    expectTypeOf<ResourceIndex>().toExtend<MatchSource>();
    expectTypeOf<MatchOptions['now']>().toEqualTypeOf<Date>();
    expectTypeOf(match).returns.toEqualTypeOf<MatchResult>();
    // @ts-expect-error `now` is required: there is no hidden clock.
    match({}, [], {});
  });

  it('search takes a query input and returns pages of items', () => {
    expectTypeOf(search).parameter(1).toEqualTypeOf<SearchQueryInput>();
    expectTypeOf(search).returns.toEqualTypeOf<SearchResult>();
    expectTypeOf<SearchResult['nextCursor']>().toEqualTypeOf<string | null>();
    expectTypeOf<SearchItem['resource']>().toEqualTypeOf<Resource>();
    expectTypeOf<SearchItem['distanceKm']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<SearchQuery['status']>().toEqualTypeOf<('active' | 'temporarily-closed' | 'inactive')[]>();
  });
});
