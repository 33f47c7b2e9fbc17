import { polyParameter, splitPolygon, type LatLng } from '../../../../src/core/data/polygon';

const SQUARE: LatLng[] = [
  { lat: 51.2, lng: 0.4 },
  { lat: 51.2, lng: 0.6 },
  { lat: 51.3, lng: 0.6 },
  { lat: 51.3, lng: 0.4 },
];

describe('polygons for the police.uk API', () => {
  it('writes the poly parameter as lat,lng pairs joined by colons', () => {
    expect(polyParameter([{ lat: 51.123456789, lng: -0.5 }, ...SQUARE.slice(1)])).toBe(
      '51.123457,-0.5:51.2,0.6:51.3,0.6:51.3,0.4',
    );
  });

  it('halves a polygon across its longer side (in metres, not degrees)', () => {
    // 0.2° of longitude at 51°N is about 14 km; 0.1° of latitude about 11 km: cut the longitude.
    const [west, east] = splitPolygon(SQUARE);
    expect(west).toEqual([
      { lat: 51.2, lng: 0.4 },
      { lat: 51.2, lng: 0.5 },
      { lat: 51.3, lng: 0.5 },
      { lat: 51.3, lng: 0.4 },
    ]);
    expect(east.map((p) => p.lng).sort()).toEqual([0.5, 0.5, 0.6, 0.6]);
    const [south, north] = splitPolygon(SQUARE.map((p) => ({ lat: p.lat, lng: 0.4 + (p.lng - 0.4) / 4 })));
    expect(Math.max(...south.map((p) => p.lat))).toBeCloseTo(51.25);
    expect(Math.min(...north.map((p) => p.lat))).toBeCloseTo(51.25);
  });

  it('clips a concave polygon into pieces that stay inside it', () => {
    // An L shape: the halves must not include the missing corner.
    const l: LatLng[] = [
      { lat: 0, lng: 0 },
      { lat: 0, lng: 2 },
      { lat: 1, lng: 2 },
      { lat: 1, lng: 1 },
      { lat: 2, lng: 1 },
      { lat: 2, lng: 0 },
    ];
    for (const half of splitPolygon(l)) {
      for (const p of half) expect(p.lat > 1 && p.lng > 1).toBe(false);
    }
  });
});
