import type { Organization } from '../../model/organization.js';
import type { Resource } from '../../model/resource.js';
import { IssueLog, recordIssues } from '../csv/import-report.js';
import {
  type HsdsImportOptions,
  type HsdsImportResult,
  importHsdsOrganization,
  importHsdsServiceObject,
  isHsdsPage,
} from './import-service.js';
import { isObject, type JsonObject, readObject, readObjects, readString } from './read.js';

/** Which HSDS object a JSON object is: services carry `status`, service-at-locations a `service` or `location`. */
export function hsdsObjectKind(object: JsonObject): 'service' | 'service_at_location' | 'organization' {
  if ('status' in object) return 'service';
  if (isObject(object.service) || isObject(object.location)) return 'service_at_location';
  return 'organization';
}

/** Collects resources, merging the same service met at several locations into one record. */
class ResourceCollector {
  readonly resources: Resource[] = [];
  readonly organizations: Organization[] = [];
  private readonly byId = new Map<string, Resource>();

  add(resource: Resource, organization?: Organization): void {
    if (organization !== undefined && !this.organizations.some((known) => known.id === organization.id)) {
      this.organizations.push(organization);
    }
    const known = this.byId.get(resource.id);
    if (known === undefined) {
      this.byId.set(resource.id, resource);
      this.resources.push(resource);
      return;
    }
    if (known.kind === 'service' && resource.kind === 'service') {
      for (const location of resource.locations) {
        if (!known.locations.some((place) => place.id !== undefined && place.id === location.id)) {
          known.locations.push(location);
        }
      }
    }
  }

  addOrganization(organization: Organization): void {
    if (!this.organizations.some((known) => known.id === organization.id))
      this.organizations.push(organization);
  }
}

/**
 * Imports HSDS 3.0 JSON: a service, organization or service-at-location as `/…/{id}`
 * returns it, a paged list (`{ total_items, page, contents: [...] }`), or an array of any of
 * them. Accepts the JSON text or the parsed value. Never throws: unreadable records are left
 * out and every problem is in `issues` (index = position in the list, or 0 for one object).
 */
export function importHsdsJson(input: unknown, options: HsdsImportOptions = {}): HsdsImportResult {
  const log = new IssueLog();
  const out = new ResourceCollector();
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      log.add({
        index: 0,
        field: 'document',
        severity: 'error',
        code: 'invalid-json',
        reason: `the text is not JSON: ${error instanceof Error ? error.message : String(error)}`,
      });
      return { resources: [], organizations: [], issues: log.issues };
    }
  }
  const items: unknown[] = isHsdsPage(value) ? value.contents : Array.isArray(value) ? value : [value];
  items.forEach((item, index) => {
    if (!isObject(item)) {
      log.add({
        index,
        field: 'record',
        severity: 'error',
        code: 'not-an-object',
        reason: 'the record is not a JSON object',
      });
      return;
    }
    importOne(item, index, log, options, out);
  });
  return { resources: out.resources, organizations: out.organizations, issues: log.issues };
}

function importOne(
  item: JsonObject,
  index: number,
  log: IssueLog,
  options: HsdsImportOptions,
  out: ResourceCollector,
): void {
  switch (hsdsObjectKind(item)) {
    case 'service': {
      const result = importHsdsServiceObject(item, index, log, options);
      if (result !== undefined) out.add(result.resource, result.organization);
      return;
    }
    case 'service_at_location': {
      const service = readObject(item, 'service');
      if (service === undefined) {
        recordIssues(log, index, readString(item, 'id')).error(
          'service',
          'missing-service',
          'the service-at-location does not include its service, so there is nothing to import',
        );
        return;
      }
      const { service: _service, ...place } = item;
      const merged: JsonObject = { ...service, service_at_locations: [place] };
      const result = importHsdsServiceObject(merged, index, log, options);
      if (result !== undefined) out.add(result.resource, result.organization);
      return;
    }
    case 'organization': {
      const { services: _services, ...orgOnly } = item;
      const organization = importHsdsOrganization(
        orgOnly,
        recordIssues(log, index, readString(item, 'id')),
        'organization',
      );
      if (organization !== undefined) out.addOrganization(organization);
      for (const service of readObjects(item, 'services')) {
        const withOrg: JsonObject =
          'organization' in service ? service : { ...service, organization: orgOnly };
        const result = importHsdsServiceObject(withOrg, index, log, options);
        if (result !== undefined) out.add(result.resource, result.organization);
      }
      return;
    }
  }
}
