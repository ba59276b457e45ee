import { z } from 'zod';
import type { ResourceKind } from '../vocab/resource-kinds.js';
import {
  HotlineSchema,
  MeetingSchema,
  OnlineCommunitySchema,
  ProviderSchema,
  ServiceSchema,
} from './resource-kinds.js';

/** Any resource, told apart by `kind`. */
export const ResourceSchema = z.discriminatedUnion('kind', [
  MeetingSchema,
  ServiceSchema,
  ProviderSchema,
  HotlineSchema,
  OnlineCommunitySchema,
]);
/** Any resource. */
export type Resource = z.infer<typeof ResourceSchema>;
/** A resource as written when building one: defaulted fields may be left out. */
export type ResourceInput = z.input<typeof ResourceSchema>;
/** The resource type of one kind, e.g. `ResourceOfKind<'meeting'>` is `Meeting`. */
export type ResourceOfKind<K extends ResourceKind> = Extract<Resource, { kind: K }>;

/** Whether `resource` is of `kind`, narrowing its type. */
export function isResourceOfKind<K extends ResourceKind>(
  resource: Resource,
  kind: K,
): resource is ResourceOfKind<K> {
  return resource.kind === kind;
}
