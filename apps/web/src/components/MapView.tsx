import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';

/** One place on the map. */
export interface MapPoint {
  id: string;
  name: string;
  lat: number;
  lng: number;
  href: string;
}

const TILE_URL = import.meta.env.VITE_MAP_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const ATTRIBUTION =
  import.meta.env.VITE_MAP_ATTRIBUTION ||
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/**
 * A map of results. Loaded only when the visitor opens it (its own chunk, with Leaflet), so
 * no tile is requested from the map service before then. The list stays the full, keyboard-
 * friendly view; the map adds where things are.
 */
export default function MapView({
  points,
  center,
  label,
}: {
  points: readonly MapPoint[];
  center: { lat: number; lng: number } | undefined;
  label: string;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const map = L.map(element, { scrollWheelZoom: false });
    L.tileLayer(TILE_URL, { attribution: ATTRIBUTION, maxZoom: 19 }).addTo(map);
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    for (const point of points) {
      const link = document.createElement('a');
      link.href = point.href;
      link.textContent = point.name;
      L.circleMarker([point.lat, point.lng], {
        radius: 9,
        color: '#0f3d42',
        weight: 2,
        fillColor: '#1d5c63',
        fillOpacity: 0.85,
      })
        .bindPopup(link)
        .bindTooltip(point.name)
        .addTo(map);
    }
    if (points.length > 0) {
      const bounds = L.latLngBounds(points.map((p) => [p.lat, p.lng] as [number, number]));
      if (center) bounds.extend([center.lat, center.lng]);
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14, animate: !reduceMotion });
    } else if (center) {
      map.setView([center.lat, center.lng], 11);
    } else {
      map.setView([39.8, -98.6], 4);
    }
    return () => {
      map.remove();
    };
  }, [points, center]);
  return <section ref={ref} className="map" aria-label={label} />;
}
