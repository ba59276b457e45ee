import { distanceKm, type Organization, publicView, type Resource, search } from '@recovery-circles/core';
import {
  exportHsdsOrganization,
  exportHsdsService,
  exportHsdsServiceAtLocation,
  type HsdsOrganization,
  type HsdsService,
  type HsdsServiceAtLocation,
  hsdsResourceId,
  RECOVERY_CIRCLES_TAXONOMY,
  recoveryCirclesTaxonomyTerms,
  toHsdsPage,
} from '@recovery-circles/core/formats';
import { loadUsGeo } from '@recovery-circles/core/geo-us';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppInstance } from '../app.js';
import { problem } from '../plugins/errors.js';
import { getOrganization, listOrganizations } from '../repositories/organizations.js';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const ListQuerySchema = z.object({
  search: z.string().trim().min(1).max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(500).default(50),
  format: z.enum(['json', 'ndjson']).default('json'),
  modified_after: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  taxonomy_term_id: z.uuid().optional(),
  taxonomy_id: z.uuid().optional(),
  organization_id: z.uuid().optional(),
  postcode: z
    .string()
    .trim()
    .regex(/^[0-9]{5}(-[0-9]{4})?$/, 'a US ZIP code')
    .optional(),
  /** Meters from the centroid of `postcode`. */
  proximity: z.coerce.number().positive().max(1_000_000).optional(),
  full: flag.optional(),
  full_service: flag.optional(),
  minimal: flag.optional(),
  top_only: flag.optional(),
  parent_id: z.uuid().optional(),
});
type ListQuery = z.infer<typeof ListQuerySchema>;
const IdParamsSchema = z.object({ id: z.uuid() });

interface Exported {
  resource: Resource;
  service: HsdsService;
}

/**
 * The Open Referral HSDS 3.0 read API under /hsds: services, organizations,
 * service-at-locations and our vocabularies as a published taxonomy. Every answer validates
 * against the official compiled schemas; confidential places keep only city, state and ZIP.
 */
export async function hsdsRoutes(app: AppInstance): Promise<void> {
  type OrganizationEntry = { organization: HsdsOrganization; services: HsdsService[] };

  // Exports are derived from the index and rebuilt only when it has changed.
  let cache:
    | {
        version: string;
        byId: Map<string, Exported>;
        all: Exported[];
        /**
         * Each organization the services name, by id, with its services (in the order of
         * `all`) as its children: without the organization, which they would only repeat.
         */
        byOrganization: Map<string, OrganizationEntry>;
      }
    | undefined;
  function exported(): NonNullable<typeof cache> {
    if (cache?.version !== app.directory.version) {
      const all = app.directory.index
        .all()
        .map((resource) => ({ resource, service: exportHsdsService(publicView(resource)) }));
      const byOrganization = new Map<string, OrganizationEntry>();
      for (const { service } of all) {
        const { organization, ...child } = service;
        if (organization === undefined) continue;
        const entry = byOrganization.get(organization.id);
        if (entry) entry.services.push(child);
        else byOrganization.set(organization.id, { organization, services: [child] });
      }
      cache = {
        version: app.directory.version,
        byId: new Map(all.map((e) => [e.service.id, e])),
        all,
        byOrganization,
      };
    }
    return cache;
  }

  function filtered(query: ListQuery): Exported[] {
    let items = exported().all;
    if (query.search) {
      const hits = search(
        app.directory.index,
        { q: query.search, limit: 100, status: ['active', 'temporarily-closed'] },
        { now: new Date() },
      );
      const ids = new Set(hits.items.map((h) => h.resource.id));
      items = items.filter((e) => ids.has(e.resource.id));
    }
    if (query.modified_after) {
      const after = new Date(query.modified_after).getTime();
      items = items.filter(
        (e) => e.resource.updatedAt !== undefined && new Date(e.resource.updatedAt).getTime() >= after,
      );
    }
    if (query.organization_id)
      items = items.filter((e) => e.service.organization_id === query.organization_id);
    if (query.taxonomy_term_id || query.taxonomy_id) {
      items = items.filter((e) =>
        (e.service.attributes ?? []).some(
          (a) =>
            (query.taxonomy_term_id === undefined || a.taxonomy_term_id === query.taxonomy_term_id) &&
            (query.taxonomy_id === undefined || a.taxonomy_term?.taxonomy_id === query.taxonomy_id),
        ),
      );
    }
    return items;
  }

  function send<T>(reply: FastifyReply, query: ListQuery, items: readonly T[]) {
    if (query.format === 'ndjson') {
      return reply
        .type('application/x-ndjson')
        .send(items.map((item) => JSON.stringify(item)).join('\n') + (items.length ? '\n' : ''));
    }
    const start = (query.page - 1) * query.per_page;
    return reply.send(
      toHsdsPage(items.slice(start, start + query.per_page), {
        page: query.page,
        perPage: query.per_page,
        total: items.length,
      }),
    );
  }
  const notFound = (reply: FastifyReply, what: string, id: string) =>
    reply
      .status(404)
      .type('application/problem+json')
      .send(problem('not_found', `No such ${what}`, `There is no ${what} with id ${id}.`));

  const tags = ['hsds'];
  app.get('/', { schema: { tags, summary: 'HSDS API information' } }, async () => ({
    version: '3.0',
    profile: 'https://docs.openreferral.org/en/latest/hsds/',
    openapi_url: '/openapi.json',
  }));

  app.get(
    '/services',
    { schema: { tags, summary: 'HSDS services', querystring: ListQuerySchema } },
    async (request, reply) => {
      const query = request.query;
      const items = filtered(query);
      if (query.minimal)
        return send(
          reply,
          query,
          items.map((e) => ({ id: e.service.id, modified_date: e.resource.updatedAt })),
        );
      return send(
        reply,
        query,
        items.map((e) => e.service),
      );
    },
  );

  app.get(
    '/services/:id',
    { schema: { tags, summary: 'One HSDS service, fully nested', params: IdParamsSchema } },
    async (request, reply) => {
      const found = exported().byId.get(request.params.id);
      return found ? found.service : notFound(reply, 'service', request.params.id);
    },
  );

  /*
   * Organizations are the stored ones (with what their records said: description, website,
   * email) merged with those the services name, each with its services; a stored one without
   * services is listed too, after those with services. The stored ones are read in one query
   * per request, not cached: imports run in other processes (the CLI, IMPORT_DIR on another
   * replica) and an import of organizations alone moves no resource's change version, so a
   * cache here could not tell it had gone stale. The table holds organizations (few beside
   * services), read by primary key for `/organizations/{id}`, which reads only the services
   * of the one asked for (`only`).
   */
  function organizations(stored: readonly Organization[], only?: string): Map<string, OrganizationEntry> {
    const byId = new Map<string, OrganizationEntry>();
    const storedById = new Map(
      stored.map((record) => {
        const organization = exportHsdsOrganization(record);
        return [organization.id, organization];
      }),
    );
    const { byOrganization } = exported();
    const named = only === undefined ? [...byOrganization.values()] : [byOrganization.get(only)];
    for (const entry of named) {
      if (entry === undefined) continue;
      const id = entry.organization.id;
      byId.set(id, { organization: storedById.get(id) ?? entry.organization, services: entry.services });
    }
    for (const [id, organization] of storedById)
      if (!byId.has(id)) byId.set(id, { organization, services: [] });
    return byId;
  }

  app.get(
    '/organizations',
    { schema: { tags, summary: 'HSDS organizations', querystring: ListQuerySchema } },
    async (request, reply) => {
      const query = request.query;
      const needle = query.search?.toLowerCase();
      const all = organizations(await listOrganizations(app.storage.db));
      const items = [...all.values()]
        .filter((o) => !needle || o.organization.name.toLowerCase().includes(needle))
        .map((o) =>
          query.full_service || query.full ? { ...o.organization, services: o.services } : o.organization,
        );
      return send(reply, query, items);
    },
  );

  app.get(
    '/organizations/:id',
    { schema: { tags, summary: 'One HSDS organization with its services', params: IdParamsSchema } },
    async (request, reply) => {
      const id = request.params.id;
      // An organization imported with a UUID is stored as "hsds-<uuid>" and published under
      // that UUID: one read by primary key. Others are published under an id made from ours,
      // which cannot be turned back, so only then are the stored ones read to find it.
      const record = await getOrganization(app.storage.db, hsdsResourceId(id));
      const stored =
        record && exportHsdsOrganization(record).id === id
          ? [record]
          : (await listOrganizations(app.storage.db)).filter((o) => exportHsdsOrganization(o).id === id);
      const found = organizations(stored, id).get(id);
      return found
        ? { ...found.organization, services: found.services }
        : notFound(reply, 'organization', id);
    },
  );

  app.get(
    '/service_at_locations',
    { schema: { tags, summary: 'HSDS services at locations', querystring: ListQuerySchema } },
    async (request, reply) => {
      const query = request.query;
      let center: { lat: number; lng: number } | undefined;
      if (query.postcode) {
        const zip = (await loadUsGeo()).lookupZip(query.postcode);
        if (!zip)
          return reply
            .status(404)
            .type('application/problem+json')
            .send(problem('not_found', 'Unknown postcode', `We could not find ${query.postcode}.`));
        center = zip;
      }
      const rows: HsdsServiceAtLocation[] = [];
      for (const { resource } of filtered(query)) {
        for (const sal of exportHsdsServiceAtLocation(publicView(resource))) {
          const address = sal.location?.addresses?.[0];
          if (
            query.postcode &&
            !query.proximity &&
            address?.postal_code?.slice(0, 5) !== query.postcode.slice(0, 5)
          )
            continue;
          if (center && query.proximity) {
            const { latitude, longitude } = sal.location ?? {};
            if (latitude === undefined || longitude === undefined) continue;
            if (distanceKm(center, { lat: latitude, lng: longitude }) * 1000 > query.proximity) continue;
          }
          rows.push(sal);
        }
      }
      return send(reply, query, rows);
    },
  );

  app.get(
    '/service_at_locations/:id',
    { schema: { tags, summary: 'One HSDS service at a location', params: IdParamsSchema } },
    async (request, reply) => {
      for (const { resource } of exported().all) {
        const found = exportHsdsServiceAtLocation(publicView(resource)).find(
          (sal) => sal.id === request.params.id,
        );
        if (found) return found;
      }
      return notFound(reply, 'service at location', request.params.id);
    },
  );

  app.get(
    '/taxonomies',
    { schema: { tags, summary: 'The published taxonomy', querystring: ListQuerySchema } },
    async (request, reply) => send(reply, request.query, [RECOVERY_CIRCLES_TAXONOMY]),
  );
  app.get(
    '/taxonomies/:id',
    { schema: { tags, summary: 'One taxonomy', params: IdParamsSchema } },
    async (request, reply) =>
      request.params.id === RECOVERY_CIRCLES_TAXONOMY.id
        ? RECOVERY_CIRCLES_TAXONOMY
        : notFound(reply, 'taxonomy', request.params.id),
  );
  app.get(
    '/taxonomy_terms',
    { schema: { tags, summary: 'Terms of the published taxonomy', querystring: ListQuerySchema } },
    async (request, reply) => {
      const query = request.query;
      const needle = query.search?.toLowerCase();
      const terms = recoveryCirclesTaxonomyTerms().filter(
        (t) =>
          (!needle || t.name.toLowerCase().includes(needle)) &&
          (query.parent_id === undefined || t.parent_id === query.parent_id) &&
          (!query.top_only || !t.parent_id),
      );
      return send(reply, query, terms);
    },
  );
  app.get(
    '/taxonomy_terms/:id',
    { schema: { tags, summary: 'One taxonomy term', params: IdParamsSchema } },
    async (request, reply) => {
      const term = recoveryCirclesTaxonomyTerms().find((t) => t.id === request.params.id);
      return term ?? notFound(reply, 'taxonomy term', request.params.id);
    },
  );
}
