/** A point as police.uk takes it: latitude and longitude in degrees (WGS84). */
export interface LatLng {
  readonly lat: number;
  readonly lng: number;
}

/** An area's boundary, as its corner points in order (not closed: the last joins the first). */
export type Polygon = readonly LatLng[];

/** The `poly` parameter: "lat,lng:lat,lng:..." with 6 decimals (about 0.1 m, more than enough). */
export function polyParameter(polygon: Polygon): string {
  return polygon.map((p) => `${round6(p.lat)},${round6(p.lng)}`).join(':');
}

/**
 * Two halves of a polygon, cut across its longer side (Sutherland–Hodgman clipping against each
 * half-plane). Crimes on the cut line fall in both halves, so callers de-duplicate by crime id.
 */
export function splitPolygon(polygon: Polygon): [LatLng[], LatLng[]] {
  const lats = polygon.map((p) => p.lat);
  const lngs = polygon.map((p) => p.lng);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  // A degree of longitude is shorter than one of latitude away from the equator.
  const lngScale = Math.cos((midLat * Math.PI) / 180);
  const latSpan = Math.max(...lats) - Math.min(...lats);
  const lngSpan = (Math.max(...lngs) - Math.min(...lngs)) * lngScale;
  const axis: 'lat' | 'lng' = latSpan >= lngSpan ? 'lat' : 'lng';
  const values = axis === 'lat' ? lats : lngs;
  const cut = (Math.min(...values) + Math.max(...values)) / 2;
  return [clip(polygon, axis, cut, true), clip(polygon, axis, cut, false)];
}

function clip(polygon: Polygon, axis: 'lat' | 'lng', cut: number, below: boolean): LatLng[] {
  const inside = (p: LatLng): boolean => (below ? p[axis] <= cut : p[axis] >= cut);
  const result: LatLng[] = [];
  polygon.forEach((current, i) => {
    const previous = polygon[(i + polygon.length - 1) % polygon.length] as LatLng;
    const currentIn = inside(current);
    if (currentIn !== inside(previous)) {
      const t = (cut - previous[axis]) / (current[axis] - previous[axis]);
      result.push({
        lat: axis === 'lat' ? cut : previous.lat + t * (current.lat - previous.lat),
        lng: axis === 'lng' ? cut : previous.lng + t * (current.lng - previous.lng),
      });
    }
    if (currentIn) result.push(current);
  });
  return result;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
