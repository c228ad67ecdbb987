/** Postcode areas (PC4) → centre point, from data/nl-pc4.csv (GeoNames, CC BY 4.0). */

export interface Postcodegebied {
  pc4: string;
  plaats: string;
  lat: number;
  lon: number;
}

/** Parses the CSV text (header `pc4,plaats,lat,lon`). */
export function leesPostcodes(csv: string): Map<string, Postcodegebied> {
  const kaart = new Map<string, Postcodegebied>();
  for (const regel of csv.split(/\r?\n/).slice(1)) {
    if (!regel.trim()) continue;
    const [pc4, plaats, lat, lon] = regel.split(',');
    if (!pc4 || !plaats || !lat || !lon) continue;
    kaart.set(pc4, { pc4, plaats, lat: Number(lat), lon: Number(lon) });
  }
  return kaart;
}

/** "6171 ab", "6171AB" and "6171" all give "6171"; anything else gives null. */
export function pc4Van(postcode: string): string | null {
  const m = /^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})?\s*$/.exec(postcode);
  return m ? m[1]! : null;
}

/** Great-circle distance in km (for tests and the demo; search uses earthdistance). */
export function afstandKm(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}
