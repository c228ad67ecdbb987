/**
 * The edit form of an entry as plain strings and lists, and back to the API's content.
 * Weekly schedules on one day ("every Tuesday 17:00–19:30") are edited in the form; every
 * other schedule (monthly, one-off dates, closed days) is kept exactly as it was.
 * Pure functions: unit tested in bewerkFormulier.test.ts.
 */
import type { AanbodInhoud } from '../../../../server/modules/sociale-kaart/model.ts';

export type Rooster = AanbodInhoud['roosters'][number];

export interface WekelijksRooster {
  /** A stable React key for the row (not sent). */
  sleutel: string;
  dag: string;
  van: string;
  tot: string;
}

export interface Formulier {
  naam: string;
  naamEn: string;
  soort: AanbodInhoud['soort'];
  beschrijving: string;
  beschrijvingEn: string;
  aanmelden: string;
  kostenSoort: AanbodInhoud['kosten']['soort'];
  kostenBedrag: string;
  kostenOmschrijving: string;
  toegankelijkheid: AanbodInhoud['toegankelijkheid'];
  talen: string[];
  levensdomeinen: string[];
  hulpvormen: string[];
  doelgroepen: string[];
  trefwoorden: string;
  minimumLeeftijd: string;
  maximumLeeftijd: string;
  verwijzingNodig: boolean;
  diagnoseNodig: boolean;
  telefoon: string;
  email: string;
  website: string;
  locatieId: string;
  wekelijks: WekelijksRooster[];
  overigeRoosters: Rooster[];
}

const DAG = /^(MO|TU|WE|TH|FR|SA|SU)$/;
const TIJD = /^([01]\d|2[0-3]):[0-5]\d$/;

function isEenvoudigWekelijks(r: Rooster): boolean {
  return (
    r.freq === 'WEEKLY' &&
    r.interval === 1 &&
    r.byday !== null &&
    DAG.test(r.byday) &&
    r.dtstart === null &&
    r.until === null &&
    r.validFrom === null &&
    r.validTo === null &&
    !r.gesloten &&
    r.beschrijving === ''
  );
}

export function naarFormulier(inhoud: AanbodInhoud): Formulier {
  return {
    naam: inhoud.naam,
    naamEn: inhoud.naamEn ?? '',
    soort: inhoud.soort,
    beschrijving: inhoud.beschrijving,
    beschrijvingEn: inhoud.beschrijvingEn ?? '',
    aanmelden: inhoud.aanmelden,
    kostenSoort: inhoud.kosten.soort,
    kostenBedrag: inhoud.kosten.bedrag === null ? '' : String(inhoud.kosten.bedrag),
    kostenOmschrijving: inhoud.kosten.omschrijving,
    toegankelijkheid: [...inhoud.toegankelijkheid],
    talen: [...inhoud.talen],
    levensdomeinen: [...inhoud.levensdomeinen],
    hulpvormen: [...inhoud.hulpvormen],
    doelgroepen: [...inhoud.doelgroepen],
    trefwoorden: inhoud.trefwoorden.join(', '),
    minimumLeeftijd: inhoud.minimumLeeftijd === null ? '' : String(inhoud.minimumLeeftijd),
    maximumLeeftijd: inhoud.maximumLeeftijd === null ? '' : String(inhoud.maximumLeeftijd),
    verwijzingNodig: inhoud.verwijzingNodig,
    diagnoseNodig: inhoud.diagnoseNodig,
    telefoon: inhoud.contact.telefoon ?? '',
    email: inhoud.contact.email ?? '',
    website: inhoud.contact.website ?? '',
    locatieId: inhoud.locatieId ?? '',
    wekelijks: inhoud.roosters.filter(isEenvoudigWekelijks).map((r, i) => ({
      sleutel: `rooster-${i}`,
      dag: r.byday ?? 'MO',
      van: r.opensAt ?? '',
      tot: r.closesAt ?? '',
    })),
    overigeRoosters: inhoud.roosters.filter((r) => !isEenvoudigWekelijks(r)),
  };
}

const leegOfNull = (waarde: string) => (waarde.trim() === '' ? null : waarde.trim());
const getalOfNull = (waarde: string) =>
  waarde.trim() === '' ? null : Number(waarde.replace(',', '.'));

export function naarInhoud(f: Formulier): AanbodInhoud {
  return {
    naam: f.naam.trim(),
    naamEn: leegOfNull(f.naamEn),
    soort: f.soort,
    beschrijving: f.beschrijving.trim(),
    beschrijvingEn: leegOfNull(f.beschrijvingEn),
    aanmelden: f.aanmelden.trim(),
    kosten: {
      soort: f.kostenSoort,
      bedrag: f.kostenSoort === 'vast' ? getalOfNull(f.kostenBedrag) : null,
      omschrijving: f.kostenOmschrijving.trim(),
    },
    toegankelijkheid: f.toegankelijkheid,
    talen: f.talen,
    levensdomeinen: f.levensdomeinen,
    hulpvormen: f.hulpvormen,
    doelgroepen: f.doelgroepen,
    trefwoorden: f.trefwoorden
      .split(',')
      .map((w) => w.trim())
      .filter(Boolean),
    minimumLeeftijd: getalOfNull(f.minimumLeeftijd),
    maximumLeeftijd: getalOfNull(f.maximumLeeftijd),
    verwijzingNodig: f.verwijzingNodig,
    diagnoseNodig: f.diagnoseNodig,
    contact: {
      telefoon: leegOfNull(f.telefoon),
      email: leegOfNull(f.email),
      website: leegOfNull(f.website),
    },
    locatieId: f.locatieId === '' ? null : f.locatieId,
    roosters: [
      ...f.wekelijks.map(
        (w): Rooster => ({
          freq: 'WEEKLY',
          interval: 1,
          byday: w.dag,
          dtstart: null,
          until: null,
          opensAt: leegOfNull(w.van),
          closesAt: leegOfNull(w.tot),
          validFrom: null,
          validTo: null,
          gesloten: false,
          beschrijving: '',
        }),
      ),
      ...f.overigeRoosters,
    ],
  };
}

/** What is wrong, per field id, as message keys (the page translates them). */
export type Controle = { veld: string; fout: FoutCode }[];
export type FoutCode =
  | 'naam'
  | 'beschrijving'
  | 'bedrag'
  | 'leeftijd'
  | 'leeftijdVolgorde'
  | 'email'
  | 'website'
  | 'tijd'
  | 'tijdVolgorde';

const isLeeftijd = (w: string) =>
  w.trim() === '' || (/^(\d{1,3})$/.test(w.trim()) && Number(w) <= 120);

export function controleer(f: Formulier): Controle {
  const fouten: Controle = [];
  if (f.naam.trim() === '') fouten.push({ veld: 'bw-naam', fout: 'naam' });
  if (f.beschrijving.trim() === '') fouten.push({ veld: 'bw-beschrijving', fout: 'beschrijving' });
  if (f.kostenSoort === 'vast') {
    const bedrag = Number(f.kostenBedrag.replace(',', '.'));
    if (f.kostenBedrag.trim() === '' || !Number.isFinite(bedrag) || bedrag < 0 || bedrag > 100000) {
      fouten.push({ veld: 'bw-kosten-bedrag', fout: 'bedrag' });
    }
  }
  if (!isLeeftijd(f.minimumLeeftijd)) fouten.push({ veld: 'bw-min', fout: 'leeftijd' });
  if (!isLeeftijd(f.maximumLeeftijd)) fouten.push({ veld: 'bw-max', fout: 'leeftijd' });
  else if (
    isLeeftijd(f.minimumLeeftijd) &&
    f.minimumLeeftijd.trim() !== '' &&
    f.maximumLeeftijd.trim() !== '' &&
    Number(f.minimumLeeftijd) > Number(f.maximumLeeftijd)
  ) {
    fouten.push({ veld: 'bw-max', fout: 'leeftijdVolgorde' });
  }
  if (f.email.trim() !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email.trim())) {
    fouten.push({ veld: 'bw-email', fout: 'email' });
  }
  if (f.website.trim() !== '' && !/^https?:\/\/\S+\.\S+$/.test(f.website.trim())) {
    fouten.push({ veld: 'bw-website', fout: 'website' });
  }
  f.wekelijks.forEach((w, i) => {
    const vanGoed = w.van === '' || TIJD.test(w.van);
    const totGoed = w.tot === '' || TIJD.test(w.tot);
    if (!vanGoed) fouten.push({ veld: `bw-rooster-${i}-van`, fout: 'tijd' });
    if (!totGoed) fouten.push({ veld: `bw-rooster-${i}-tot`, fout: 'tijd' });
    if (vanGoed && totGoed && w.van !== '' && w.tot !== '' && w.van >= w.tot) {
      fouten.push({ veld: `bw-rooster-${i}-tot`, fout: 'tijdVolgorde' });
    }
  });
  return fouten;
}

/** The field id for a field the server refused (`body.contact.email` → `bw-email`). */
export function veldVanServer(naam: string): string {
  const pad = naam.replace(/^body\./, '');
  const rooster = /^roosters\.(\d+)\.(opensAt|closesAt)/.exec(pad);
  if (rooster) return `bw-rooster-${rooster[1]}-${rooster[2] === 'opensAt' ? 'van' : 'tot'}`;
  const velden: Record<string, string> = {
    naam: 'bw-naam',
    naamEn: 'bw-naamEn',
    beschrijving: 'bw-beschrijving',
    beschrijvingEn: 'bw-beschrijvingEn',
    aanmelden: 'bw-aanmelden',
    'kosten.bedrag': 'bw-kosten-bedrag',
    'kosten.omschrijving': 'bw-kosten-omschrijving',
    minimumLeeftijd: 'bw-min',
    maximumLeeftijd: 'bw-max',
    'contact.telefoon': 'bw-telefoon',
    'contact.email': 'bw-email',
    'contact.website': 'bw-website',
    locatieId: 'bw-locatie',
    trefwoorden: 'bw-trefwoorden',
  };
  const sleutel = Object.keys(velden).find((k) => pad === k || pad.startsWith(`${k}.`));
  return sleutel ? (velden[sleutel] ?? 'bw-naam') : 'bw-naam';
}
