import { z } from 'zod';
import { LatLngSchema } from '../geo/lat-lng.js';
import { TimeZoneSchema } from '../schedule/schedule-schema.js';

/** A point on Earth in decimal degrees (WGS 84): the geo module's `LatLngSchema`. */
export const CoordinatesSchema = LatLngSchema;
/** A point on Earth in decimal degrees. */
export type Coordinates = z.infer<typeof CoordinatesSchema>;

/**
 * How much of a place may be shown: `exact`; `approximate` (coordinates shown only to
 * about 1 km); `confidential` (never the street, venue or coordinates: shelters, private homes).
 */
export const LocationPrecisionSchema = z.enum(['exact', 'approximate', 'confidential']);
/** How much of a place may be shown. */
export type LocationPrecision = z.infer<typeof LocationPrecisionSchema>;

/** A place where a resource happens: address parts, coordinates and how public they are. */
export const LocationSchema = z.object({
  /** Set when a service has several locations, so each can be referred to. */
  id: z.string().min(1).optional(),
  /** The venue, e.g. "St. Mark's Church". */
  name: z.string().trim().min(1).optional(),
  street: z.string().trim().min(1).optional(),
  city: z.string().trim().min(1).optional(),
  /** State, province or region, e.g. "PA". */
  region: z.string().trim().min(1).optional(),
  postalCode: z.string().trim().min(1).max(16).optional(),
  /** ISO 3166-1 alpha-2, e.g. "US". */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code')
    .optional(),
  coordinates: CoordinatesSchema.optional(),
  precision: LocationPrecisionSchema.default('exact'),
  /**
   * Named areas the source files the place under, broadest first, e.g. a Meeting Guide
   * region and sub-region ["Delaware County", "Woodlyn"].
   */
  areas: z.array(z.string().trim().min(1).max(120)).max(10).optional(),
  /** Directions as published, e.g. "Enter by the side door, room 3". */
  notes: z.string().trim().min(1).optional(),
  /** The place's own IANA zone, when known. */
  timeZone: TimeZoneSchema.optional(),
});
/** A place where a resource happens. */
export type Location = z.infer<typeof LocationSchema>;
/** A place as written when building a record (precision may be left out). */
export type LocationInput = z.input<typeof LocationSchema>;
