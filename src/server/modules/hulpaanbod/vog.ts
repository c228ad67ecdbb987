import { VOG_GELDIG_JAREN } from '../../../shared/loket.ts';

/**
 * A VOG (Verklaring Omtrent het Gedrag) counts when it was received and its date is at most
 * VOG_GELDIG_JAREN years ago — pure logic. Dates are calendar days (YYYY-MM-DD).
 */
export function vogGeldig(status: string, datum: string | null | undefined, nu: Date): boolean {
  if (status !== 'ontvangen' || !datum) return false;
  const vandaag = nu.toISOString().slice(0, 10);
  if (datum > vandaag) return false;
  const [j, m, d] = vandaag.split('-').map(Number) as [number, number, number];
  const grens = `${String(j - VOG_GELDIG_JAREN).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return datum >= grens;
}
