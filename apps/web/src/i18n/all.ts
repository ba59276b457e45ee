import { finder as finderEn } from './finder.en.js';
import { finder as finderEs } from './finder.es.js';
import { FINDER } from './finder.js';
import { messages as messagesEn } from './messages.en.js';
import { messages as messagesEs } from './messages.es.js';
import { MESSAGES } from './messages.js';
import { resource as resourceEn } from './resource.en.js';
import { resource as resourceEs } from './resource.es.js';
import { RESOURCE } from './resource.js';

/*
 * Every string in every language, at once: for the prerender step (entry-server.tsx) and the
 * tests (vitest.config.ts), which render both languages. Pages in the browser load their own
 * language only (`locale.ts`).
 */
Object.assign(MESSAGES, { en: messagesEn, es: messagesEs });
Object.assign(FINDER, { en: finderEn, es: finderEs });
Object.assign(RESOURCE, { en: resourceEn, es: resourceEs });
