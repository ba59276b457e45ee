import { z } from 'zod';
import { VocabularyTermSchema } from '../vocab/term.js';
import { VOCABULARIES, type VocabularyName } from '../vocab/vocabularies.js';

const names = Object.keys(VOCABULARIES) as [VocabularyName, ...VocabularyName[]];

/** `GET /v1/vocabularies`: every controlled vocabulary, with English and Spanish labels. */
export const VocabulariesResponseSchema = z.object({
  data: z.record(z.enum(names), z.array(VocabularyTermSchema).readonly()),
});
export type VocabulariesResponse = z.infer<typeof VocabulariesResponseSchema>;
