import type {
  GeslachtVoorkeur,
  HoeVaak,
  Hulpcategorie,
  Taal,
  Tijdvak,
  Urgentie,
  VoorWie,
} from '../../../shared/loket.ts';
import type { Concept, Hulpvraag, MijnHulpvragen } from '../../api/hulpvragen.ts';

/**
 * The answers of "Hulp vragen" as the form holds them: flat, with empty strings for empty
 * text fields. `naarConcept` turns them into the server's Concept (empty fields left out, so
 * the server does not reject an empty postcode); `uitHulpvraag` reads a stored concept back.
 */
export interface Invul {
  voorWie?: VoorWie | undefined;
  naasteNaam: string;
  naasteRelatie: string;
  categorieen: Hulpcategorie[];
  omschrijving: string;
  hoeVaak?: HoeVaak | undefined;
  tijdvakken: Tijdvak[];
  postcode: string;
  urgentie?: Urgentie | undefined;
  zorgen?: boolean | undefined;
  talen: Taal[];
  geslacht: GeslachtVoorkeur;
  zelfdeLeeftijd: boolean;
  gaatGoed: string;
  kanBieden: Hulpcategorie[];
  kanBiedenToelichting: string;
  doetGraag: string;
  telefoonnummer: string;
  eMailadres: string;
}

export const LEEG: Invul = {
  naasteNaam: '',
  naasteRelatie: '',
  categorieen: [],
  omschrijving: '',
  tijdvakken: [],
  postcode: '',
  talen: [],
  geslacht: 'geen',
  zelfdeLeeftijd: false,
  gaatGoed: '',
  kanBieden: [],
  kanBiedenToelichting: '',
  doetGraag: '',
  telefoonnummer: '',
  eMailadres: '',
};

const ofNiets = (tekst: string) => tekst.trim() || undefined;

export function naarConcept(invul: Invul): Concept {
  const naaste =
    invul.voorWie === 'naaste' && invul.naasteNaam.trim()
      ? { naam: invul.naasteNaam.trim(), relatie: invul.naasteRelatie.trim() }
      : undefined;
  return {
    antwoorden: {
      voorWie: invul.voorWie,
      naaste,
      categorieen: invul.categorieen,
      omschrijving: ofNiets(invul.omschrijving),
      hoeVaak: invul.hoeVaak,
      tijdvakken: invul.tijdvakken,
      postcode: ofNiets(invul.postcode),
      urgentie: invul.urgentie,
      zorgen: invul.zorgen,
      voorkeuren: {
        talen: invul.talen,
        geslacht: invul.geslacht,
        zelfdeLeeftijd: invul.zelfdeLeeftijd,
      },
    },
    verhaal: {
      gaatGoed: invul.gaatGoed.trim(),
      kanBieden: invul.kanBieden,
      kanBiedenToelichting: invul.kanBiedenToelichting.trim(),
      doetGraag: invul.doetGraag.trim(),
    },
    contact: {
      telefoonnummer: ofNiets(invul.telefoonnummer),
      eMailadres: ofNiets(invul.eMailadres),
    },
  };
}

type Eerder = Pick<MijnHulpvragen, 'verhaal' | 'contact'>;

/**
 * A new draft for a logged-in resident: what Kring already knows (the story told before,
 * phone, e-mail, postcode) is filled in, so nobody is asked again.
 */
export function metEerder(invul: Invul, eerder: Eerder | undefined): Invul {
  if (!eerder) return invul;
  const { verhaal, contact } = eerder;
  const of = (nu: string, oud: string | null | undefined) => (nu.trim() ? nu : (oud ?? ''));
  return {
    ...invul,
    postcode: of(invul.postcode, contact.postcode),
    telefoonnummer: of(invul.telefoonnummer, contact.telefoonnummer),
    eMailadres: of(invul.eMailadres, contact.eMailadres),
    gaatGoed: of(invul.gaatGoed, verhaal?.gaatGoed),
    kanBieden: invul.kanBieden.length > 0 ? invul.kanBieden : (verhaal?.kanBieden ?? []),
    kanBiedenToelichting: of(invul.kanBiedenToelichting, verhaal?.kanBiedenToelichting),
    doetGraag: of(invul.doetGraag, verhaal?.doetGraag),
  };
}

/** A stored concept back into the form, with the resident's known story and contact. */
export function uitHulpvraag(hulpvraag: Hulpvraag, eerder: Eerder | undefined): Invul {
  const a = hulpvraag.antwoorden;
  return metEerder(
    {
      ...LEEG,
      voorWie: a.voorWie,
      naasteNaam: a.naaste?.naam ?? '',
      naasteRelatie: a.naaste?.relatie ?? '',
      categorieen: a.categorieen ?? [],
      omschrijving: a.omschrijving ?? '',
      hoeVaak: a.hoeVaak,
      tijdvakken: a.tijdvakken ?? [],
      postcode: a.postcode ?? '',
      urgentie: a.urgentie,
      zorgen: a.zorgen,
      talen: a.voorkeuren?.talen ?? [],
      geslacht: a.voorkeuren?.geslacht ?? 'geen',
      zelfdeLeeftijd: a.voorkeuren?.zelfdeLeeftijd ?? false,
    },
    eerder,
  );
}
