import type { Migration } from './index.js';

/*
 * The directory. Each resource is stored whole as validated JSON (the document the API
 * serves) beside columns and part tables that queries, imports and reports need. Every write
 * takes the next value of resource_change_seq, so replicas follow each other's writes by
 * polling for versions above the last one they saw. Nothing is deleted: retired resources
 * become inactive, and change_log keeps every before and after.
 */
export const migration: Migration = {
  version: 2,
  name: 'directory',
  sql: `
    CREATE SEQUENCE resource_change_seq;

    CREATE TABLE organizations (
      id text PRIMARY KEY,
      name text NOT NULL,
      data jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE import_batches (
      id text PRIMARY KEY,
      source text NOT NULL,
      format text NOT NULL,
      file_name text,
      status text NOT NULL CHECK (status IN ('running', 'committed', 'failed')),
      started_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      summary jsonb,
      report jsonb
    );

    CREATE TABLE resources (
      id text PRIMARY KEY,
      kind text NOT NULL,
      slug text NOT NULL UNIQUE,
      name text NOT NULL,
      status text NOT NULL CHECK (status IN ('active', 'temporarily-closed', 'inactive')),
      circles text[] NOT NULL,
      organization_id text REFERENCES organizations (id),
      source text NOT NULL,
      source_url text,
      external_id text,
      import_batch_id text REFERENCES import_batches (id),
      verified_at timestamptz,
      data jsonb NOT NULL,
      content_hash text NOT NULL,
      version bigint NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX resources_source_external_id ON resources (source, external_id);
    CREATE INDEX resources_version ON resources (version);
    CREATE INDEX resources_verified_at ON resources (verified_at NULLS FIRST) WHERE status = 'active';

    CREATE TABLE resource_locations (
      resource_id text NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
      position integer NOT NULL,
      name text,
      street text,
      city text,
      region text,
      postal_code text,
      country text,
      lat double precision,
      lng double precision,
      precision text NOT NULL,
      PRIMARY KEY (resource_id, position)
    );
    CREATE INDEX resource_locations_postal_code ON resource_locations (postal_code);

    CREATE TABLE resource_schedule_slots (
      resource_id text NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
      position integer NOT NULL,
      day smallint NOT NULL CHECK (day BETWEEN 0 AND 6),
      starts time NOT NULL,
      ends time,
      time_zone text NOT NULL,
      PRIMARY KEY (resource_id, position)
    );

    CREATE TABLE verifications (
      id bigserial PRIMARY KEY,
      resource_id text NOT NULL REFERENCES resources (id) ON DELETE CASCADE,
      verified_at timestamptz NOT NULL,
      verified_by text,
      method text,
      recorded_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE suggestions (
      id text PRIMARY KEY,
      resource_id text REFERENCES resources (id),
      type text NOT NULL CHECK (type IN ('new-resource', 'problem')),
      changes jsonb NOT NULL,
      message text,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
      created_at timestamptz NOT NULL DEFAULT now(),
      reviewed_at timestamptz,
      reviewed_by text
    );
    CREATE INDEX suggestions_pending ON suggestions (created_at) WHERE status = 'pending';

    CREATE TABLE change_log (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor text NOT NULL,
      action text NOT NULL,
      entity_type text NOT NULL,
      entity_id text NOT NULL,
      import_batch_id text,
      before jsonb,
      after jsonb
    );
    CREATE INDEX change_log_entity ON change_log (entity_type, entity_id, id);

    CREATE FUNCTION change_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'change_log is append-only';
    END;
    $$;
    CREATE TRIGGER change_log_no_update BEFORE UPDATE OR DELETE ON change_log
      FOR EACH ROW EXECUTE FUNCTION change_log_append_only();
  `,
};
