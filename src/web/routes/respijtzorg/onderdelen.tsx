import { type DeelT, useDeelVertaling } from '../../i18n/deelVertaling.ts';

// The same field-error mapping and confirmation as the care circle's pages.
export { Melding, serverFouten } from '../zorgkring/onderdelen.tsx';

export const useRzT = () => useDeelVertaling<'respijtzorg'>();
export type RzT = DeelT<'respijtzorg'>;

/** "24 december 2026, middag, elke week" in the reader's language. */
export function wanneer(
  t: RzT,
  taal: string,
  v: { datum: string; dagdeel: string; hoeVaak: string },
): string {
  const datum = new Intl.DateTimeFormat(taal, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${v.datum}T00:00:00Z`),
  );
  return t('respijtzorg.wanneer', {
    datum,
    dagdeel: t(`respijtzorg.dagdeel.${v.dagdeel as 'ochtend'}`).toLowerCase(),
    hoeVaak: t(`respijtzorg.hoeVaak.${v.hoeVaak as 'eenmalig'}`).toLowerCase(),
  });
}
