import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export interface AppDirs {
  /** The public web app's build (its index.html is the prerendered home page). */
  web: string;
  /** The admin app's build, served under /admin/. */
  admin: string;
}

function assertBuilt(dir: string, name: string): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `The ${name} app is not built in ${dir}: run \`pnpm turbo run build\` (npm start does this).`,
    );
  }
}

/**
 * Serves the built public web app at / and the admin app at /admin/. Pages are prerendered
 * HTML, so crisis lines show even with JavaScript off.
 */
export async function serveApps(app: FastifyInstance, dirs: AppDirs): Promise<void> {
  assertBuilt(dirs.web, 'web');
  assertBuilt(dirs.admin, 'admin');
  const cacheHeaders = (reply: FastifyReply, path: string) => {
    // Vite puts content-hashed files under assets/; pages must revalidate.
    const hashed = /[/\\]assets[/\\]/.test(path);
    void reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  };
  await app.register(fastifyStatic, {
    root: dirs.web,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    extensions: ['html'],
    cacheControl: false,
    setHeaders: cacheHeaders,
  });
  await app.register(fastifyStatic, {
    root: dirs.admin,
    prefix: '/admin/',
    decorateReply: false,
    wildcard: false,
    index: ['index.html'],
    cacheControl: false,
    setHeaders: cacheHeaders,
  });
}
