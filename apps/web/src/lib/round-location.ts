/*
 * The visitor's device position is snapped to a grid of about 1 km before it is used or put
 * in an address, so neither the server nor a shared link ever sees where they are exactly.
 * (The same grid as core's `roundCoordinate`, kept here so the home page does not load zod.)
 */
const KM_PER_DEGREE = (Math.PI * 6371.0088) / 180;

/** A position rounded to a grid of about `km` kilometres (1 by default), to 4 decimals. */
export function roundToKm(lat: number, lng: number, km = 1): { lat: number; lng: number } {
  const latStep = km / KM_PER_DEGREE;
  const rlat = Math.max(-90, Math.min(90, Math.round(lat / latStep) * latStep));
  const cos = Math.cos((rlat * Math.PI) / 180);
  if (cos < 1e-9) return { lat: round4(rlat), lng: 0 };
  const columns = Math.max(1, Math.round((360 * KM_PER_DEGREE * cos) / km));
  const lngStep = 360 / columns;
  let rlng = Math.round(lng / lngStep) * lngStep;
  if (rlng > 180) rlng -= 360;
  if (rlng < -180) rlng += 360;
  return { lat: round4(rlat), lng: round4(rlng) };
}

function round4(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

/**
 * Asks the device for its position once, coarse and cached, and hands back only the
 * rounded point. `onError` runs when the browser has no location or the visitor says no.
 */
export function locateRounded(
  onPoint: (point: { lat: number; lng: number }) => void,
  onError: () => void,
): void {
  if (typeof navigator === 'undefined' || !('geolocation' in navigator)) {
    onError();
    return;
  }
  navigator.geolocation.getCurrentPosition(
    (position) => onPoint(roundToKm(position.coords.latitude, position.coords.longitude)),
    onError,
    { enableHighAccuracy: false, maximumAge: 600_000, timeout: 15_000 },
  );
}
