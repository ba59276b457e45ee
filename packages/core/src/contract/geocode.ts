import { z } from 'zod';

/** `GET /v1/geocode`: exactly one of `zip` or `place`. */
export const GeocodeQuerySchema = z
  .object({
    zip: z
      .string()
      .trim()
      .regex(/^[0-9]{5}(-[0-9]{4})?$/, 'a 5-digit ZIP code, optionally ZIP+4')
      .optional(),
    place: z.string().trim().min(2).max(120).optional(),
  })
  .refine((q) => (q.zip === undefined) !== (q.place === undefined), {
    message: 'give exactly one of `zip` or `place` ("City, ST")',
  });
export type GeocodeQuery = z.infer<typeof GeocodeQuerySchema>;

/** One place a query resolved to. Coordinates are area centroids, never a person's location. */
export const GeocodeCandidateSchema = z.object({
  label: z.string(),
  lat: z.number(),
  lng: z.number(),
  zip: z.string().optional(),
  city: z.string().optional(),
  state: z.string().optional(),
  /** Where the point comes from: a Census ZIP area, the postal directory, or a ZIP-prefix average. */
  source: z.enum(['census-zcta', 'postal-directory', 'zip-prefix-fallback', 'place']),
});
export type GeocodeCandidate = z.infer<typeof GeocodeCandidateSchema>;

/** One answer, or several candidates when a place name is ambiguous ("Springfield"). */
export const GeocodeResponseSchema = z.object({
  query: z.string(),
  ambiguous: z.boolean(),
  candidates: z.array(GeocodeCandidateSchema).min(1),
});
export type GeocodeResponse = z.infer<typeof GeocodeResponseSchema>;
