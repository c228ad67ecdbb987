import { werkdagenTussen } from '../../platform/kalender.ts';
import { ONDERDRUK_ONDER, onderdruk } from '../../platform/kleine-aantallen.ts';
import type { Evaluatie } from './model.ts';
import { EERSTE_CONTACT_WERKDAGEN } from './termijnen.ts';
import { controleerMeting } from './welbevinden.ts';

/**
 * The evaluation of Welzijn op Recept for the gemeente and the practices — pure logic over
 * facts that name no one. Small numbers can point at a person ("the one referral of this
 * practice in March"), so every count from 1 to 4 is suppressed (null, shown as "minder dan
 * 5"), and so is every share or mean that rests on fewer than 5 referrals. Zero is shown: it
 * points at no one.
 */
export { ONDERDRUK_ONDER, onderdruk };

export interface EvaluatieFeit {
  status: string;
  /** Dutch calendar day the referral was sent. */
  verstuurdOp: string;
  eersteContactOp: string | null;
  /** Kind of the chosen activity (the sociale kaart entry's first hulpvorm); null: none. */
  activiteitSoort: string | null;
  start: Readonly<Record<string, number>> | null;
  vervolg: Readonly<Record<string, number>> | null;
}

function aandeel(deel: number, geheel: number): number | null {
  if (geheel < ONDERDRUK_ONDER || onderdruk(deel) === null) return null;
  return Math.round((deel / geheel) * 1000) / 1000;
}

function mediaan(waarden: number[]): number | null {
  if (waarden.length < ONDERDRUK_ONDER) return null;
  const s = [...waarden].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The months from `van` to `tot` (inclusive) as YYYY-MM. */
export function maanden(van: string, tot: string): string[] {
  const uit: string[] = [];
  let [j, m] = [Number(van.slice(0, 4)), Number(van.slice(5, 7))];
  const eind = tot.slice(0, 7);
  for (;;) {
    const k = `${j}-${String(m).padStart(2, '0')}`;
    if (k > eind) break;
    uit.push(k);
    m++;
    if (m > 12) [j, m] = [j + 1, 1];
  }
  return uit;
}

const UITVAL = new Set(['rejected', 'cancelled', 'failed']);

export function evalueer(
  feiten: readonly EvaluatieFeit[],
  v: { van: string; tot: string; vandaag: string; dimensies: readonly string[] },
): Omit<Evaluatie, 'praktijken'> {
  const perMaand = maanden(v.van, v.tot).map((maand) => ({
    maand,
    verwijzingen: onderdruk(feiten.filter((f) => f.verstuurdOp.startsWith(maand)).length),
  }));

  const dagen: number[] = [];
  let binnen = 0;
  let teLaat = 0;
  for (const f of feiten) {
    if (f.eersteContactOp) {
      const n = Math.max(0, werkdagenTussen(f.verstuurdOp, f.eersteContactOp));
      dagen.push(n);
      if (n <= EERSTE_CONTACT_WERKDAGEN) binnen++;
      else teLaat++;
    } else if (
      !UITVAL.has(f.status) &&
      werkdagenTussen(f.verstuurdOp, v.vandaag) > EERSTE_CONTACT_WERKDAGEN
    ) {
      teLaat++;
    }
  }

  const metActiviteit = feiten.filter((f) => f.activiteitSoort !== null);
  const soorten = new Map<string, number>();
  for (const f of metActiviteit) {
    soorten.set(f.activiteitSoort!, (soorten.get(f.activiteitSoort!) ?? 0) + 1);
  }
  const uitval = feiten.filter((f) => UITVAL.has(f.status)).length;

  const welbevinden = v.dimensies.map((dimensie) => {
    const verschillen = feiten
      .filter(
        (f) =>
          f.start &&
          f.vervolg &&
          controleerMeting([dimensie], { [dimensie]: f.start[dimensie]! }).length === 0 &&
          controleerMeting([dimensie], { [dimensie]: f.vervolg[dimensie]! }).length === 0,
      )
      .map((f) => f.vervolg![dimensie]! - f.start![dimensie]!);
    const n = verschillen.length;
    return {
      dimensie,
      metingen: onderdruk(n),
      gemiddeldeVerandering:
        n < ONDERDRUK_ONDER
          ? null
          : Math.round((verschillen.reduce((a, b) => a + b, 0) / n) * 100) / 100,
    };
  });

  return {
    perMaand,
    totaal: onderdruk(feiten.length),
    dagenTotEersteContact: {
      mediaan: mediaan(dagen),
      binnenTermijn: onderdruk(binnen),
      teLaat: onderdruk(teLaat),
    },
    activiteitGevonden: {
      aantal: onderdruk(metActiviteit.length),
      aandeel: aandeel(metActiviteit.length, feiten.length),
    },
    uitval: { aantal: onderdruk(uitval), aandeel: aandeel(uitval, feiten.length) },
    soortenActiviteiten: [...soorten]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([soort, aantal]) => ({ soort, aantal: onderdruk(aantal) })),
    welbevinden,
  };
}

/** The evaluation as CSV (semicolon, as Dutch spreadsheet programs expect); suppressed: "<5". */
export function evaluatieCsv(e: Omit<Evaluatie, 'praktijken'>): string {
  const c = (n: number | null) => (n === null ? '<5' : String(n));
  const g = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));
  const regels: string[][] = [['onderdeel', 'sleutel', 'waarde']];
  for (const m of e.perMaand) regels.push(['verwijzingen per maand', m.maand, c(m.verwijzingen)]);
  regels.push(['verwijzingen', 'totaal', c(e.totaal)]);
  regels.push(['eerste contact', 'mediaan werkdagen', g(e.dagenTotEersteContact.mediaan)]);
  regels.push(['eerste contact', 'binnen 5 werkdagen', c(e.dagenTotEersteContact.binnenTermijn)]);
  regels.push(['eerste contact', 'te laat', c(e.dagenTotEersteContact.teLaat)]);
  regels.push(['activiteit gevonden', 'aantal', c(e.activiteitGevonden.aantal)]);
  regels.push(['activiteit gevonden', 'aandeel', g(e.activiteitGevonden.aandeel)]);
  regels.push(['uitval', 'aantal', c(e.uitval.aantal)]);
  regels.push(['uitval', 'aandeel', g(e.uitval.aandeel)]);
  for (const s of e.soortenActiviteiten) regels.push(['soort activiteit', s.soort, c(s.aantal)]);
  for (const w of e.welbevinden) {
    regels.push(['welbevinden metingen', w.dimensie, c(w.metingen)]);
    regels.push(['welbevinden gemiddelde verandering', w.dimensie, g(w.gemiddeldeVerandering)]);
  }
  const veld = (s: string) => (/[;"\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  return `${regels.map((r) => r.map(veld).join(';')).join('\r\n')}\r\n`;
}
