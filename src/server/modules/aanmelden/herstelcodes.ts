import { randomInt } from 'node:crypto';

/** Ten single-use recovery codes (ASVS 6.5.1), shown once and stored only as keyed hashes. */
export const AANTAL_HERSTELCODES = 10;
/** No 0/O, 1/I/L: easy to read from paper. 31 symbols × 10 = ~50 bits per code. */
const ALFABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const LENGTE = 10;

export function nieuweHerstelcodes(aantal = AANTAL_HERSTELCODES): string[] {
  return Array.from({ length: aantal }, () => {
    const tekens = Array.from({ length: LENGTE }, () => ALFABET[randomInt(ALFABET.length)]);
    return `${tekens.slice(0, 5).join('')}-${tekens.slice(5).join('')}`;
  });
}

/** What people type: any case, with or without the dash or spaces. */
export function normaliseerHerstelcode(invoer: string): string {
  const schoon = invoer.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return schoon.length === LENGTE ? `${schoon.slice(0, 5)}-${schoon.slice(5)}` : schoon;
}
