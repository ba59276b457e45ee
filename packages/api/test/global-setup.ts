import type { TestProject } from 'vitest/node';
import { type PostgresServer, startPostgres } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

let server: PostgresServer | undefined;

/** One real PostgreSQL server for the whole run; each test file makes its own database. */
export async function setup(project: TestProject): Promise<void> {
  server = await startPostgres();
  const url = await server.createDatabase('rc_admin');
  project.provide('postgresAdminUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
