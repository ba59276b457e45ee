import { loadUsGeo } from '@recovery-circles/core/geo-us';
import { readFixture } from '@recovery-circles/fixtures';
import { stateTimeZone } from './time-zones.js';

/** A real ZIP code area's internal point, with its post-office city, state and zone. */
export interface ZipCentroid {
  zip: string;
  lat: number;
  lng: number;
  city: string;
  state: string;
  timeZone: string;
}

/**
 * The Census 2021 ZCTA internal points (the fixture), kept where the postal directory names
 * the post-office town and state, so a meeting moved there gets a plausible address.
 */
export async function loadZipCentroids(): Promise<ZipCentroid[]> {
  const geo = await loadUsGeo();
  const [header, ...lines] = readFixture('geo', 'us-zcta-2021-internal-points.csv').trim().split(/\r?\n/);
  if (header?.trim() !== 'zip,latitude,longitude') throw new Error(`unexpected ZCTA header: ${header}`);
  const centroids: ZipCentroid[] = [];
  for (const line of lines) {
    const [zip, lat, lng] = line.split(',');
    if (zip === undefined || lat === undefined || lng === undefined) continue;
    const postal = geo.lookupZip(zip);
    const timeZone = stateTimeZone(postal?.state);
    if (!postal?.city || !postal.state || !timeZone) continue;
    centroids.push({
      zip,
      lat: Number(lat),
      lng: Number(lng),
      city: postal.city,
      state: postal.state,
      timeZone,
    });
  }
  return centroids;
}
