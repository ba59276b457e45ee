import type { CrisisLine } from '@recovery-circles/core';
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

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
}
