/** Row shapes and column lists of the sociale-kaart tables, shared by the repository parts. */

export interface AanbodRij {
  id: string;
  organisatie_id: string;
  organisatie_naam: string;
  locatie_id: string | null;
  extern_id: string | null;
  status: 'concept' | 'gepubliceerd' | 'gearchiveerd';
  soort: string;
  naam: string;
  naam_en: string | null;
  beschrijving: string;
  beschrijving_en: string | null;
  aanmelden: string;
  kosten_soort: string;
  kosten_bedrag: string | null;
  kosten_omschrijving: string;
  toegankelijkheid: string[];
  talen: string[];
  levensdomeinen: string[];
  hulpvormen: string[];
  doelgroepen: string[];
  trefwoorden: string[];
  minimum_leeftijd: number | null;
  maximum_leeftijd: number | null;
  verwijzing_nodig: boolean;
  diagnose_nodig: boolean;
  telefoon: string | null;
  email: string | null;
  website: string | null;
  laatst_gecontroleerd_op: Date;
  herinnerd_op: Date | null;
  gewijzigd_op: Date;
  aangemaakt_op: Date;
}

export interface LocatieRij {
  id: string;
  organisatie_id: string;
  extern_id: string | null;
  naam: string;
  adres: string;
  postcode: string;
  plaats: string;
  lat: number;
  lon: number;
  vertrouwelijk: boolean;
  contactroute: string | null;
  route_omschrijving: string | null;
}

/** The columns of `aanbod` a write sets (everything editable). */
export interface AanbodVelden {
  organisatie_id: string;
  locatie_id: string | null;
  soort: string;
  naam: string;
  naam_en: string | null;
  beschrijving: string;
  beschrijving_en: string | null;
  aanmelden: string;
  kosten_soort: string;
  kosten_bedrag: number | null;
  kosten_omschrijving: string;
  toegankelijkheid: string[];
  talen: string[];
  levensdomeinen: string[];
  hulpvormen: string[];
  doelgroepen: string[];
  trefwoorden: string[];
  minimum_leeftijd: number | null;
  maximum_leeftijd: number | null;
  verwijzing_nodig: boolean;
  diagnose_nodig: boolean;
  telefoon: string | null;
  email: string | null;
  website: string | null;
}

export interface VoorstelRij {
  id: string;
  aanbod_id: string;
  aanbod_naam: string;
  aanbod_status: string;
  organisatie_id: string;
  organisatie_naam: string;
  status: 'concept' | 'ingediend' | 'teruggestuurd' | 'gepubliceerd' | 'ingetrokken';
  inhoud: unknown;
  opmerking: string | null;
  gemaakt_door: string;
  gemaakt_op: Date;
  ingediend_op: Date | null;
  beoordeeld_op: Date | null;
}

export const AANBOD_KOLOMMEN = [
  'aanbod.id',
  'aanbod.organisatie_id',
  'organisaties.naam as organisatie_naam',
  'aanbod.locatie_id',
  'aanbod.extern_id',
  'aanbod.status',
  'aanbod.soort',
  'aanbod.naam',
  'aanbod.naam_en',
  'aanbod.beschrijving',
  'aanbod.beschrijving_en',
  'aanbod.aanmelden',
  'aanbod.kosten_soort',
  'aanbod.kosten_bedrag',
  'aanbod.kosten_omschrijving',
  'aanbod.toegankelijkheid',
  'aanbod.talen',
  'aanbod.levensdomeinen',
  'aanbod.hulpvormen',
  'aanbod.doelgroepen',
  'aanbod.trefwoorden',
  'aanbod.minimum_leeftijd',
  'aanbod.maximum_leeftijd',
  'aanbod.verwijzing_nodig',
  'aanbod.diagnose_nodig',
  'aanbod.telefoon',
  'aanbod.email',
  'aanbod.website',
  'aanbod.laatst_gecontroleerd_op',
  'aanbod.herinnerd_op',
  'aanbod.gewijzigd_op',
  'aanbod.aangemaakt_op',
] as const;

export const VOORSTEL_KOLOMMEN = [
  'aanbod_voorstellen.id',
  'aanbod_voorstellen.aanbod_id',
  'aanbod.naam as aanbod_naam',
  'aanbod.status as aanbod_status',
  'aanbod.organisatie_id',
  'organisaties.naam as organisatie_naam',
  'aanbod_voorstellen.status',
  'aanbod_voorstellen.inhoud',
  'aanbod_voorstellen.opmerking',
  'aanbod_voorstellen.gemaakt_door',
  'aanbod_voorstellen.gemaakt_op',
  'aanbod_voorstellen.ingediend_op',
  'aanbod_voorstellen.beoordeeld_op',
] as const;
