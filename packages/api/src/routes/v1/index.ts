import type { AppInstance } from '../../app.js';
import { feedsRoutes } from '../feeds.js';
import { crisisLinesRoute } from './crisis-lines.js';
import { geocodeRoute } from './geocode.js';
import { matchRoute } from './match.js';
import { resourceRoutes } from './resource.js';
import { resourcesRoute } from './resources.js';
import { suggestionsRoute } from './suggestions.js';
import { templatesRoute } from './templates.js';
import { vocabulariesRoute } from './vocabularies.js';

/** The public API, version 1. */
export async function v1Routes(app: AppInstance): Promise<void> {
  await app.register(crisisLinesRoute);
  await app.register(vocabulariesRoute);
  await app.register(geocodeRoute);
  await app.register(resourcesRoute);
  await app.register(resourceRoutes);
  await app.register(matchRoute);
  await app.register(feedsRoutes);
  await app.register(templatesRoute);
  await app.register(suggestionsRoute);
}
