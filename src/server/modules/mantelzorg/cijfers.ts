import { onderdruk } from '../../platform/kleine-aantallen.ts';
import { isJongeMantelzorger } from './jonge-mantelzorger.ts';
import type { Cijfers } from './model.ts';

/**
 * The figures the gemeente states ("900 geregistreerd, waarvan 80 jonger dan 25"), over facts
 * that name no one; counts from 1 to 4 are suppressed.
 */
export function telCijfers(
  jaar: number,
  feiten: { geboortedata: (string | null)[]; statussen: string[] },
  vandaag: string,
): Cijfers {
  return {
    jaar,
    geregistreerd: onderdruk(feiten.geboortedata.length),
    jongerDan25: onderdruk(
      feiten.geboortedata.filter((g) => isJongeMantelzorger(g, vandaag) === true).length,
    ),
    aanvragen: onderdruk(feiten.statussen.length),
    toegekend: onderdruk(feiten.statussen.filter((s) => s === 'toegekend').length),
  };
}

export interface Toekenning {
  aanvraagId: string;
  naam: string;
  eMailadres: string | null;
  postcode: string | null;
  besloten: string;
}

/**
 * Granted applications for payment or voucher delivery: CSV with semicolons, as Dutch
 * spreadsheet programs expect; the amount in euros with a decimal comma.
 */
export function uitbetalingCsv(
  ronde: { jaar: number; vorm: string; bedragCent: number | null },
  rijen: readonly Toekenning[],
): string {
  const bedrag =
    ronde.bedragCent === null
      ? ''
      : `${Math.floor(ronde.bedragCent / 100)},${String(ronde.bedragCent % 100).padStart(2, '0')}`;
  const regels: string[][] = [
    ['aanvraag', 'naam', 'e-mailadres', 'postcode', 'jaar', 'vorm', 'bedrag', 'toegekend op'],
    ...rijen.map((r) => [
      r.aanvraagId,
      r.naam,
      r.eMailadres ?? '',
      r.postcode ?? '',
      String(ronde.jaar),
      ronde.vorm,
      bedrag,
      r.besloten,
    ]),
  ];
  // A leading = + - @ would be a formula in a spreadsheet: quote it away.
  const veld = (s: string) => {
    const t = /^[=+\-@]/.test(s) ? `'${s}` : s;
    return /[;"\n\r]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
  };
  return `${regels.map((r) => r.map(veld).join(';')).join('\r\n')}\r\n`;
}
