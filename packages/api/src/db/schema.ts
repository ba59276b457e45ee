import type { CrisisLine, Organization, Resource, ResourceOutline } from '@recovery-circles/core';
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** bigint columns arrive from node-postgres as strings. */
type BigIntColumn = ColumnType<string, string | number | bigint, string | number | bigint>;

/** The tables as the query layer sees them; migrations/ is the source of truth. */
export interface Database {
  schema_migrations: {
    version: number;
    name: string;
    applied_at: ColumnType<Date, never, never>;
  };
  crisis_lines: {
    id: string;
    position: number;
    data: JSONColumnType<CrisisLine>;
    updated_at: Generated<Date>;
  };
  organizations: {
    id: string;
    name: string;
    data: JSONColumnType<Organization>;
    created_at: CreatedAt;
    updated_at: UpdatedAt;
  };
  import_batches: {
    id: string;
    source: string;
    format: string;
    file_name: string | null;
    file_hash: string | null;
    status: 'running' | 'committed' | 'failed';
    started_at: CreatedAt;
    finished_at: Timestamp | null;
    summary: JSONColumnType<Record<string, unknown>> | null;
    report: JSONColumnType<object> | null;
  };
  resources: {
    id: string;
    kind: Resource['kind'];
    slug: string;
    name: string;
    status: Resource['status'];
    circles: string[];
    organization_id: string | null;
    source: string;
    source_url: string | null;
    external_id: string;
    import_batch_id: string | null;
    verified_at: Timestamp | null;
    data: JSONColumnType<Resource>;
    /** Core's `outlineOf(data)`: what the search index files the record by. */
    outline: JSONColumnType<ResourceOutline>;
    content_hash: string;
    version: BigIntColumn;
    created_at: CreatedAt;
    updated_at: UpdatedAt;
  };
  resource_locations: {
    resource_id: string;
    position: number;
    name: string | null;
    street: string | null;
    city: string | null;
    region: string | null;
    postal_code: string | null;
    country: string | null;
    lat: number | null;
    lng: number | null;
    precision: string;
  };
  resource_schedule_slots: {
    resource_id: string;
    position: number;
    day: number;
    starts: string;
    ends: string | null;
    time_zone: string;
  };
  verifications: {
    id: Generated<BigIntColumn>;
    resource_id: string;
    verified_at: Timestamp;
    verified_by: string | null;
    method: string | null;
    recorded_at: CreatedAt;
  };
  suggestions: {
    id: string;
    resource_id: string | null;
    type: 'new-resource' | 'problem';
    changes: JSONColumnType<Record<string, unknown>>;
    message: string | null;
    status: ColumnType<'pending' | 'accepted' | 'rejected', 'pending' | undefined, 'accepted' | 'rejected'>;
    created_at: CreatedAt;
    reviewed_at: Timestamp | null;
    reviewed_by: string | null;
  };
  change_log: {
    id: Generated<BigIntColumn>;
    at: CreatedAt;
    actor: string;
    action: string;
    entity_type: string;
    entity_id: string;
    import_batch_id: string | null;
    before: JSONColumnType<object> | null;
    after: JSONColumnType<object> | null;
  };
}
