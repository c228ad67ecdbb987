/**
 * A realistic, fictional sociale kaart for the demo gemeente Stein (GM0882): organisations,
 * locations and at least 150 entries over the real postcode areas of Stein, Elsloo, Urmond,
 * Berg aan de Maas and their neighbours, in the spirit of the seeds (steunpunt mantelzorg,
 * welzijnscoaches, vrijwilligerscentrale, buurtcirkels, kookclub, repair café …).
 * All names, addresses and phone numbers are made up. Deterministic: the same data every
 * time, so tests can rely on it (`maakDemoKaart()`).
 */
import type { KaartImport, KaartImportAanbod } from '../modules/sociale-kaart/model.ts';

interface Plaats {
  code: string;
  naam: string;
  postcode: string;
  lat: number;
  lon: number;
  straat: string;
}

/** PC4 centres from nl-pc4.csv (GeoNames, CC BY 4.0); streets are invented. */
export const DEMO_PLAATSEN: Plaats[] = [
  {
    code: 'stein',
    naam: 'Stein',
    postcode: '6171',
    lat: 50.9686,
    lon: 5.7676,
    straat: 'Kerkstraat',
  },
  {
    code: 'elsloo',
    naam: 'Elsloo',
    postcode: '6181',
    lat: 50.9505,
    lon: 5.7681,
    straat: 'Stationsstraat',
  },
  {
    code: 'urmond',
    naam: 'Urmond',
    postcode: '6129',
    lat: 50.996,
    lon: 5.7723,
    straat: 'Mauritsweg',
  },
  {
    code: 'berg',
    naam: 'Berg aan de Maas',
    postcode: '6129',
    lat: 50.9915,
    lon: 5.7805,
    straat: 'Dorpsstraat',
  },
  {
    code: 'geleen',
    naam: 'Geleen',
    postcode: '6167',
    lat: 50.9892,
    lon: 5.7976,
    straat: 'Parkweg',
  },
  {
    code: 'beek',
    naam: 'Beek',
    postcode: '6191',
    lat: 50.9411,
    lon: 5.8016,
    straat: 'Raadhuisstraat',
  },
  {
    code: 'sweikhuizen',
    naam: 'Sweikhuizen',
    postcode: '6174',
    lat: 50.9536,
    lon: 5.8482,
    straat: 'Heirweg',
  },
];

const P = Object.fromEntries(DEMO_PLAATSEN.map((p) => [p.code, p])) as Record<string, Plaats>;

type Org = KaartImport['organisaties'][number];

export const DEMO_ORGANISATIES: Org[] = [
  {
    externId: 'org-samen-stein',
    naam: 'Welzijn Samen Stein',
    soort: 'welzijn',
    beschrijving:
      'Welzijnsorganisatie met welzijnscoaches, ouderenwerk en buurtwerk. U kunt bij ons terecht met elke vraag.',
    website: 'https://samen-stein.example',
    email: 'info@samen-stein.example',
    telefoon: '046 200 10 00',
  },
  {
    externId: 'org-huisarts-linde',
    naam: 'Huisartsenpraktijk De Linde',
    soort: 'huisartsenpraktijk',
    beschrijving:
      'Huisartsenpraktijk in Stein. De huisarts en de praktijkondersteuner kunnen u een welzijnsrecept geven.',
    website: 'https://huisarts-delinde.example',
    email: 'info@huisarts-delinde.example',
    telefoon: '046 200 30 00',
  },
  {
    externId: 'org-mantelzorg',
    naam: 'Steunpunt Mantelzorg Westelijke Mijnstreek',
    soort: 'welzijn',
    beschrijving: 'Steun, informatie en ontspanning voor mantelzorgers.',
    website: 'https://mantelzorg-wm.example',
    email: 'info@mantelzorg-wm.example',
    telefoon: '046 200 20 00',
  },
  {
    externId: 'org-vrijwilligers',
    naam: 'Vrijwilligerscentrale Stein',
    soort: 'vrijwilligersorganisatie',
    beschrijving: 'Wij brengen vrijwilligers en organisaties bij elkaar.',
    website: 'https://vrijwilligers-stein.example',
    email: 'hallo@vrijwilligers-stein.example',
    telefoon: '046 200 30 00',
  },
  {
    externId: 'org-clientondersteuning',
    naam: 'Cliëntondersteuning Zuid',
    soort: 'zorg',
    beschrijving:
      'Onafhankelijke cliëntondersteuning voor mensen met een beperking en hun naasten. Gratis.',
    website: 'https://clientondersteuning-zuid.example',
    email: 'contact@clientondersteuning-zuid.example',
    telefoon: '046 200 40 00',
  },
  {
    externId: 'org-buurtcirkels',
    naam: 'Buurtcirkels Stein',
    soort: 'informeel',
    beschrijving: 'Kleine groepen buren die elkaar helpen en samen dingen doen.',
    website: null,
    email: 'buurtcirkels@samen-stein.example',
    telefoon: '046 200 10 05',
  },
  {
    externId: 'org-pollepel',
    naam: 'Kookclub De Pollepel',
    soort: 'informeel',
    beschrijving: 'Samen koken en samen eten, in verschillende dorpen.',
    website: null,
    email: 'pollepel@example.org',
    telefoon: '06 1000 2000',
  },
  {
    externId: 'org-wandel',
    naam: 'Wandelgroep Maasvallei',
    soort: 'informeel',
    beschrijving: 'Wandelen in een rustig tempo, langs de Maas en door het Bunderbos.',
    website: null,
    email: 'wandelen@example.org',
    telefoon: '06 1000 2001',
  },
  {
    externId: 'org-sport',
    naam: 'Sportvereniging Stein Beweegt',
    soort: 'informeel',
    beschrijving: 'Sportclub met een sociaal programma: bewegen en elkaar ontmoeten.',
    website: 'https://steinbeweegt.example',
    email: 'info@steinbeweegt.example',
    telefoon: '046 200 50 00',
  },
  {
    externId: 'org-buurthuis',
    naam: 'Buurthuis De Steenen Trap',
    soort: 'welzijn',
    beschrijving: 'Een huiskamer voor de wijk. Binnenlopen mag altijd.',
    website: null,
    email: 'buurthuis@samen-stein.example',
    telefoon: '046 200 10 10',
  },
  {
    externId: 'org-maasoever',
    naam: 'Dagbesteding De Maasoever',
    soort: 'zorg',
    beschrijving: 'Dagbesteding voor ouderen en mensen met dementie.',
    website: 'https://maasoever.example',
    email: 'info@maasoever.example',
    telefoon: '046 200 60 00',
  },
  {
    externId: 'org-linde',
    naam: 'Logeerhuis De Linde',
    soort: 'zorg',
    beschrijving: 'Logeeropvang, zodat mantelzorgers even op adem kunnen komen.',
    website: 'https://logeerhuisdelinde.example',
    email: 'logeren@delinde.example',
    telefoon: '046 200 70 00',
  },
  {
    externId: 'org-zorgvrijwilligers',
    naam: 'Zorgvrijwilligers Westelijke Mijnstreek',
    soort: 'vrijwilligersorganisatie',
    beschrijving: 'Vrijwilligers die thuis gezelschap bieden en de mantelzorger ontlasten.',
    website: null,
    email: 'zorgvrijwilligers@example.org',
    telefoon: '046 200 80 00',
  },
  {
    externId: 'org-maatjes',
    naam: 'Maatjesproject Samen op Stap',
    soort: 'vrijwilligersorganisatie',
    beschrijving: 'Een maatje om samen leuke dingen mee te doen.',
    website: null,
    email: 'maatjes@samen-stein.example',
    telefoon: '046 200 10 20',
  },
  {
    externId: 'org-schuldhulp',
    naam: 'SchuldHulpMaatje Stein',
    soort: 'vrijwilligersorganisatie',
    beschrijving: 'Getrainde vrijwilligers helpen bij geldzorgen en schulden.',
    website: 'https://schuldhulpmaatje-stein.example',
    email: 'stein@schuldhulpmaatje.example',
    telefoon: '046 200 90 00',
  },
  {
    externId: 'org-taalcafe',
    naam: 'Taalcafé Maasland',
    soort: 'informeel',
    beschrijving: 'Nederlands oefenen in een gezellige sfeer.',
    website: null,
    email: 'taalcafe@example.org',
    telefoon: '06 1000 2002',
  },
  {
    externId: 'org-repair',
    naam: 'Repair Café Urmond',
    soort: 'informeel',
    beschrijving: 'Samen kapotte spullen repareren, in plaats van weggooien.',
    website: null,
    email: 'repair@example.org',
    telefoon: '06 1000 2003',
  },
  {
    externId: 'org-caritas',
    naam: 'Parochiële Caritas Stein',
    soort: 'informeel',
    beschrijving: 'Hulp van de kerk voor iedereen die het nodig heeft, wat uw geloof ook is.',
    website: null,
    email: 'caritas@example.org',
    telefoon: '046 200 11 00',
  },
  {
    externId: 'org-bibliotheek',
    naam: 'Bibliotheek Stein',
    soort: 'overig',
    beschrijving: 'Boeken, digitale hulp en taalhulp.',
    website: 'https://bibliotheek-stein.example',
    email: 'info@bibliotheek-stein.example',
    telefoon: '046 200 12 00',
  },
  {
    externId: 'org-opvang',
    naam: 'Veilig Thuis Opvang Zuid',
    soort: 'zorg',
    beschrijving: 'Opvang en hulp bij huiselijk geweld. Het adres is geheim.',
    website: 'https://opvang-zuid.example',
    email: 'hulp@opvang-zuid.example',
    telefoon: '0800 2000',
  },
  {
    externId: 'org-jongerenwerk',
    naam: 'Jongerenwerk Stein',
    soort: 'welzijn',
    beschrijving: 'Activiteiten en een luisterend oor voor jongeren van 12 tot 23 jaar.',
    website: null,
    email: 'jongeren@samen-stein.example',
    telefoon: '046 200 10 30',
  },
  {
    externId: 'org-alzheimer',
    naam: 'Alzheimer Café Stein',
    soort: 'informeel',
    beschrijving: 'Praten over dementie, met lotgenoten en deskundigen.',
    website: null,
    email: 'alzheimercafe@example.org',
    telefoon: '06 1000 2004',
  },
  {
    externId: 'org-buurtbus',
    naam: 'Buurtbus Stein-Elsloo',
    soort: 'vrijwilligersorganisatie',
    beschrijving: 'Vrijwillige chauffeurs rijden u naar de dokter, de winkel of op bezoek.',
    website: null,
    email: 'buurtbus@example.org',
    telefoon: '046 200 13 00',
  },
  {
    externId: 'org-kbo',
    naam: 'Seniorenvereniging KBO Berg aan de Maas',
    soort: 'informeel',
    beschrijving: 'Gezelligheid, uitstapjes en belangenbehartiging voor 50-plussers.',
    website: null,
    email: 'kbo-berg@example.org',
    telefoon: '06 1000 2005',
  },
  {
    externId: 'org-groen',
    naam: 'Bewonersinitiatief Groen Urmond',
    soort: 'informeel',
    beschrijving: 'Bewoners die samen de wijk groener en gezelliger maken.',
    website: null,
    email: 'groen-urmond@example.org',
    telefoon: '06 1000 2006',
  },
  {
    externId: 'org-wijkteam',
    naam: 'Wijkteam Stein',
    soort: 'wijkteam',
    beschrijving:
      'Het wijkteam helpt bij zorg, opvoeden, werk en geld, als het zelf niet meer lukt.',
    website: null,
    email: 'wijkteam@stein.example',
    telefoon: '046 123 45 67',
  },
];

type Locatie = KaartImport['locaties'][number];

function locatie(
  externId: string,
  org: string,
  naam: string,
  plaats: Plaats,
  nummer: number,
  extra: Partial<Locatie> = {},
): Locatie {
  // A fixed small offset per location keeps dots apart on a map (±300 m).
  const dx = (((nummer * 37) % 11) - 5) * 0.0006;
  const dy = (((nummer * 53) % 11) - 5) * 0.0006;
  return {
    externId,
    organisatieExternId: org,
    naam,
    adres: `${plaats.straat} ${nummer}`,
    postcode: `${plaats.postcode} ${String.fromCharCode(65 + (nummer % 20))}${String.fromCharCode(66 + (nummer % 19))}`,
    plaats: plaats.naam,
    lat: Math.round((plaats.lat + dy) * 1e5) / 1e5,
    lon: Math.round((plaats.lon + dx) * 1e5) / 1e5,
    vertrouwelijk: false,
    contactroute: null,
    routeOmschrijving: null,
    ...extra,
  };
}

const BUURTHUIS_CODES = ['stein', 'elsloo', 'urmond', 'berg', 'geleen', 'beek', 'sweikhuizen'];

export const DEMO_LOCATIES: Locatie[] = [
  ...BUURTHUIS_CODES.map((c, i) =>
    locatie(`loc-buurthuis-${c}`, 'org-buurthuis', `Buurthuis ${P[c]!.naam}`, P[c]!, 3 + i * 4, {
      routeOmschrijving: 'Bus 33, halte Centrum. Drempelvrije ingang aan de zijkant.',
    }),
  ),
  locatie('loc-samen-stein', 'org-samen-stein', 'Welzijn Samen Stein', P.stein!, 12),
  locatie('loc-mantelzorg', 'org-mantelzorg', 'Steunpunt Mantelzorg', P.stein!, 21),
  locatie('loc-vrijwilligers', 'org-vrijwilligers', 'Vrijwilligerscentrale', P.stein!, 30),
  locatie(
    'loc-clientondersteuning',
    'org-clientondersteuning',
    'Cliëntondersteuning Zuid, kantoor Geleen',
    P.geleen!,
    5,
  ),
  locatie('loc-sporthal', 'org-sport', 'Sporthal Stein', P.stein!, 44),
  locatie('loc-sport-elsloo', 'org-sport', 'Gymzaal Elsloo', P.elsloo!, 9),
  locatie('loc-maasoever', 'org-maasoever', 'De Maasoever', P.elsloo!, 27),
  locatie('loc-maasoever-urmond', 'org-maasoever', 'De Maasoever, locatie Urmond', P.urmond!, 14),
  locatie('loc-linde', 'org-linde', 'Logeerhuis De Linde', P.berg!, 8),
  locatie('loc-caritas', 'org-caritas', 'Parochiezaal H. Martinus', P.stein!, 2),
  locatie('loc-bibliotheek', 'org-bibliotheek', 'Bibliotheek Stein', P.stein!, 15),
  locatie('loc-bibliotheek-elsloo', 'org-bibliotheek', 'Bibliotheek Elsloo', P.elsloo!, 33),
  locatie('loc-jongeren', 'org-jongerenwerk', 'Jongerencentrum De Basis', P.stein!, 50),
  locatie('loc-repair', 'org-repair', 'Gemeenschapshuis Urmond', P.urmond!, 6),
  locatie('loc-kbo', 'org-kbo', 'Zaal De Kroon', P.berg!, 19),
  locatie('loc-wijkteam', 'org-wijkteam', 'Gemeentehuis Stein', P.stein!, 1),
  locatie('loc-opvang', 'org-opvang', 'Opvanghuis', P.stein!, 99, {
    vertrouwelijk: true,
    contactroute: 'Bel dag en nacht 0800 2000 (gratis). Wij spreken met u een veilige plek af.',
  }),
];

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Inhoud = KaartImportAanbod['inhoud'];
type Rooster = NonNullable<Inhoud['roosters']>[number];

const wekelijks = (byday: string, opensAt: string, closesAt: string): Rooster => ({
  freq: 'WEEKLY',
  byday,
  opensAt,
  closesAt,
});
const maandelijks = (byday: string, opensAt: string, closesAt: string): Rooster => ({
  freq: 'MONTHLY',
  byday,
  opensAt,
  closesAt,
});

interface Sjabloon {
  code: string;
  org: string;
  /** The location per place: a fixed external id, or a buurthuis in the place. */
  locatie: (plaats: Plaats) => string | null;
  plaatsen: string[];
  inhoud: (plaats: Plaats) => Omit<Inhoud, 'roosters'> & { roosters?: Rooster[] };
  /** Varied per place: costs, accessibility, day. */
  varieer?: boolean;
}

const buurthuis = (p: Plaats) =>
  `loc-buurthuis-${DEMO_PLAATSEN.find((x) => x.naam === p.naam)!.code}`;
const DAGEN = ['MO', 'TU', 'WE', 'TH', 'FR'];
const ALLE = ['stein', 'elsloo', 'urmond', 'berg', 'geleen', 'beek', 'sweikhuizen'];
const VIER = ['stein', 'elsloo', 'urmond', 'berg'];

const SJABLONEN: Sjabloon[] = [
  {
    code: 'kookclub',
    org: 'org-pollepel',
    locatie: buurthuis,
    plaatsen: ALLE,
    varieer: true,
    inhoud: (p) => ({
      naam: `Kookclub ${p.naam}`,
      naamEn: `Cooking club ${p.naam}`,
      soort: 'groep',
      beschrijving: `Samen koken en samen eten in ${p.naam}. U kookt met een kleine groep een eenvoudige maaltijd. Daarna eten we samen aan een lange tafel. U hoeft niet goed te kunnen koken. Gezelligheid is het belangrijkste.`,
      beschrijvingEn: `Cook and eat together in ${p.naam}. No cooking skills needed.`,
      aanmelden: 'Bel of mail ons. U kunt ook een keer komen kijken.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel', 'aangepast-toilet'],
      levensdomeinen: ['sociaal-netwerk', 'huishouden'],
      hulpvormen: ['ontmoeting', 'activiteit'],
      doelgroepen: ['iedereen', 'ouderen'],
      trefwoorden: ['koken', 'eten', 'maaltijd', 'samen eten'],
      roosters: [wekelijks('TU', '17:00', '19:30')],
    }),
  },
  {
    code: 'wandelgroep',
    org: 'org-wandel',
    locatie: buurthuis,
    plaatsen: ALLE,
    varieer: true,
    inhoud: (p) => ({
      naam: `Wandelgroep ${p.naam}`,
      naamEn: `Walking group ${p.naam}`,
      soort: 'groep',
      beschrijving: `Elke week wandelen we een uur in en rond ${p.naam}. We lopen in een rustig tempo. Na afloop drinken we samen koffie. Iedereen is welkom, ook als u niet zo snel loopt.`,
      beschrijvingEn: `Every week we walk for an hour in and around ${p.naam}. We walk at a calm pace and have coffee together afterwards. Everyone is welcome.`,
      aanmelden: 'Kom gewoon langs. Aanmelden hoeft niet.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: [],
      levensdomeinen: ['functioneren', 'sociaal-netwerk'],
      hulpvormen: ['activiteit', 'ontmoeting'],
      doelgroepen: ['iedereen'],
      trefwoorden: ['wandelen', 'bewegen', 'buiten'],
      roosters: [wekelijks('TH', '10:00', '11:30')],
    }),
  },
  {
    code: 'inloop',
    org: 'org-buurthuis',
    locatie: buurthuis,
    plaatsen: ALLE,
    varieer: true,
    inhoud: (p) => ({
      naam: `Inloop en koffie in ${p.naam}`,
      naamEn: `Drop-in and coffee in ${p.naam}`,
      soort: 'activiteit',
      beschrijving: `Een plek om even binnen te lopen. Drink een kop koffie, lees de krant of maak een praatje. Een vrijwilliger is er om u te helpen met vragen. Voelt u zich alleen? Hier vindt u gezelschap.`,
      beschrijvingEn:
        'A place to drop in. Have a cup of coffee, read the paper or have a chat. A volunteer is there to help you with questions. Do you feel alone? Here you find company.',
      aanmelden: 'Binnenlopen mag altijd.',
      kosten: { soort: 'vast', bedrag: 0.5, omschrijving: 'per kop koffie' },
      toegankelijkheid: ['rolstoel', 'aangepast-toilet', 'ringleiding'],
      levensdomeinen: ['sociaal-netwerk', 'dagbesteding'],
      hulpvormen: ['ontmoeting', 'informatie-advies'],
      doelgroepen: ['iedereen'],
      trefwoorden: ['ontmoeten', 'koffie', 'contact', 'huiskamer'],
      roosters: [wekelijks('MO,WE,FR', '09:30', '12:00')],
    }),
  },
  {
    code: 'buurtcirkel',
    org: 'org-buurtcirkels',
    locatie: buurthuis,
    plaatsen: ALLE,
    varieer: true,
    inhoud: (p) => ({
      naam: `Buurtcirkel ${p.naam}`,
      soort: 'groep',
      beschrijving: `Een buurtcirkel is een groep van acht tot twaalf buren in ${p.naam}. U helpt elkaar met kleine dingen, zoals boodschappen of een klusje. En u doet samen leuke dingen. Een vrijwillige coach helpt de groep op weg.`,
      aanmelden: 'Bel Welzijn Samen Stein. Een coach komt bij u langs voor een gesprek.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel'],
      levensdomeinen: ['sociaal-netwerk', 'huishouden', 'wonen'],
      hulpvormen: ['ontmoeting', 'praktische-hulp'],
      doelgroepen: ['volwassenen', 'ouderen', 'mensen-met-beperking'],
      trefwoorden: ['buren', 'burenhulp', 'samen'],
      roosters: [maandelijks('2WE', '14:00', '16:00')],
    }),
  },
  {
    code: 'sport-55',
    org: 'org-sport',
    locatie: (p) => (p.naam === 'Elsloo' ? 'loc-sport-elsloo' : 'loc-sporthal'),
    plaatsen: ['stein', 'elsloo'],
    varieer: true,
    inhoud: (p) => ({
      naam: `Meer bewegen voor ouderen (${p.naam})`,
      soort: 'groep',
      beschrijving:
        'Gymles voor 55-plussers op een rustig tempo. Na de les drinken we samen koffie in de kantine. Zo blijft u fit en leert u nieuwe mensen kennen.',
      aanmelden: 'Doe gratis een proefles mee. Daarna kunt u lid worden.',
      kosten: { soort: 'vast', bedrag: 12.5, omschrijving: 'per maand' },
      toegankelijkheid: ['rolstoel', 'aangepast-toilet', 'parkeren-dichtbij'],
      levensdomeinen: ['functioneren', 'sociaal-netwerk'],
      hulpvormen: ['activiteit'],
      doelgroepen: ['ouderen'],
      minimumLeeftijd: 55,
      trefwoorden: ['sport', 'gym', 'bewegen', 'fit'],
      roosters: [wekelijks('MO', '10:00', '11:00')],
    }),
  },
  {
    code: 'walking-football',
    org: 'org-sport',
    locatie: () => 'loc-sporthal',
    plaatsen: ['stein'],
    inhoud: () => ({
      naam: 'Walking football',
      naamEn: 'Walking football',
      soort: 'groep',
      beschrijving:
        'Voetbal zonder rennen, voor mannen en vrouwen vanaf 60 jaar. Goed voor uw conditie en gezellig met elkaar.',
      beschrijvingEn:
        'Football without running, for men and women aged 60 and over. Good for your fitness and a nice way to meet people.',
      aanmelden: 'Kom een keer meedoen.',
      kosten: { soort: 'vast', bedrag: 3, omschrijving: 'per keer' },
      toegankelijkheid: ['parkeren-dichtbij'],
      levensdomeinen: ['functioneren', 'sociaal-netwerk'],
      hulpvormen: ['activiteit'],
      doelgroepen: ['ouderen'],
      minimumLeeftijd: 60,
      trefwoorden: ['voetbal', 'sport', 'bewegen'],
      roosters: [wekelijks('WE', '10:00', '11:30')],
    }),
  },
  {
    code: 'welzijnscoach',
    org: 'org-samen-stein',
    locatie: () => 'loc-samen-stein',
    plaatsen: ['stein'],
    inhoud: () => ({
      naam: 'Welzijnscoach: praten over wat u dwarszit',
      naamEn: 'Wellbeing coach: talk about what worries you',
      soort: 'dienst',
      beschrijving:
        'Zit u niet lekker in uw vel? Voelt u zich eenzaam, of heeft u zorgen? Een welzijnscoach praat met u over wat u wilt veranderen. Samen zoekt u een activiteit of hulp die bij u past. U heeft geen verwijzing nodig. Ook de huisarts kan u naar ons sturen met een welzijnsrecept.',
      beschrijvingEn:
        'Do you feel lonely or worried? A wellbeing coach talks with you about what you want to change, and helps you find an activity or help that suits you. You do not need a referral.',
      aanmelden: 'Bel ons of loop binnen tijdens het spreekuur.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel', 'aangepast-toilet', 'stille-ruimte'],
      levensdomeinen: ['functioneren', 'sociaal-netwerk', 'dagbesteding'],
      hulpvormen: ['begeleiding', 'informatie-advies'],
      doelgroepen: ['volwassenen', 'ouderen'],
      trefwoorden: ['welzijn op recept', 'eenzaamheid', 'somber', 'gesprek'],
      roosters: [
        wekelijks('MO,WE', '09:00', '12:00'),
        { freq: null, dtstart: '2026-12-25', gesloten: true },
      ],
    }),
  },
  {
    code: 'ouderenadviseur',
    org: 'org-samen-stein',
    locatie: () => 'loc-samen-stein',
    plaatsen: ['stein'],
    inhoud: () => ({
      naam: 'Ouderenadviseur',
      naamEn: 'Adviser for older people',
      soort: 'dienst',
      beschrijving:
        'De ouderenadviseur helpt bij vragen over wonen, zorg, formulieren en geld. Hij komt ook bij u thuis.',
      beschrijvingEn:
        'The adviser for older people helps with questions about housing, care, forms and money. The adviser can also visit you at home.',
      aanmelden: 'Bel ons voor een afspraak.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel'],
      levensdomeinen: ['wonen', 'financien', 'adl'],
      hulpvormen: ['informatie-advies', 'begeleiding'],
      doelgroepen: ['ouderen'],
      minimumLeeftijd: 65,
      trefwoorden: ['formulieren', 'advies', 'thuis'],
      roosters: [wekelijks('TU,TH', '09:00', '12:30')],
    }),
  },
  {
    code: 'mantelzorg-consulent',
    org: 'org-mantelzorg',
    locatie: () => 'loc-mantelzorg',
    plaatsen: ['stein'],
    inhoud: () => ({
      naam: 'Mantelzorgconsulent',
      soort: 'dienst',
      beschrijving:
        'Zorgt u voor iemand in uw omgeving? De mantelzorgconsulent luistert naar uw verhaal en zoekt met u naar steun. Bijvoorbeeld iemand die de zorg even van u overneemt.',
      aanmelden: 'Bel of mail het Steunpunt Mantelzorg.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel', 'aangepast-toilet'],
      levensdomeinen: ['sociaal-netwerk', 'functioneren'],
      hulpvormen: ['begeleiding', 'informatie-advies', 'respijtzorg'],
      doelgroepen: ['mantelzorgers'],
      trefwoorden: ['mantelzorg', 'overbelast', 'ontlasten'],
      roosters: [wekelijks('MO,TU,WE,TH,FR', '09:00', '17:00')],
    }),
  },
  {
    code: 'mantelzorgcafe',
    org: 'org-mantelzorg',
    locatie: buurthuis,
    plaatsen: VIER,
    varieer: true,
    inhoud: (p) => ({
      naam: `Mantelzorgcafé ${p.naam}`,
      soort: 'groep',
      beschrijving: `Praat met andere mantelzorgers over wat u meemaakt. Elke maand is er een ander onderwerp, bijvoorbeeld hulp in huis of omgaan met stress.`,
      aanmelden: 'U hoeft zich niet aan te melden.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel', 'ringleiding'],
      levensdomeinen: ['sociaal-netwerk'],
      hulpvormen: ['lotgenoten', 'ontmoeting'],
      doelgroepen: ['mantelzorgers'],
      trefwoorden: ['mantelzorg', 'lotgenoten'],
      roosters: [maandelijks('1TH', '19:30', '21:30')],
    }),
  },
  {
    code: 'vrijwilligerswerk',
    org: 'org-vrijwilligers',
    locatie: () => 'loc-vrijwilligers',
    plaatsen: ['stein'],
    inhoud: () => ({
      naam: 'Vrijwilligerswerk zoeken',
      naamEn: 'Find volunteer work',
      soort: 'dienst',
      beschrijving:
        'Wilt u iets doen voor een ander? Bij de vrijwilligerscentrale vindt u vrijwilligerswerk dat bij u past. Ook voor een paar uur per maand.',
      beschrijvingEn:
        'Would you like to do something for others? At the volunteer centre you find volunteer work that suits you. Also for just a few hours a month.',
      aanmelden: 'Loop binnen of maak een afspraak.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel', 'ov-dichtbij'],
      levensdomeinen: ['dagbesteding', 'sociaal-netwerk'],
      hulpvormen: ['vrijwilligerswerk', 'informatie-advies'],
      doelgroepen: ['iedereen', 'vrijwilligers'],
      trefwoorden: ['vrijwilliger', 'helpen', 'meedoen'],
      roosters: [wekelijks('TU,TH', '10:00', '12:00')],
    }),
  },
  {
    code: 'clientondersteuning',
    org: 'org-clientondersteuning',
    locatie: () => 'loc-clientondersteuning',
    plaatsen: ['geleen'],
    inhoud: () => ({
      naam: 'Onafhankelijke cliëntondersteuning',
      soort: 'dienst',
      beschrijving:
        'Heeft u een beperking of een chronische ziekte? Een cliëntondersteuner helpt u bij het gesprek met de gemeente en zoekt met u uit welke hulp past. De ondersteuner werkt niet voor de gemeente.',
      aanmelden: 'Bel of mail. Wij komen ook bij u thuis.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel', 'aangepast-toilet', 'ringleiding', 'parkeren-dichtbij'],
      levensdomeinen: ['functioneren', 'adl', 'wonen', 'financien'],
      hulpvormen: ['begeleiding', 'informatie-advies'],
      doelgroepen: ['mensen-met-beperking', 'ouders', 'volwassenen'],
      trefwoorden: ['keukentafelgesprek', 'wmo', 'beperking'],
      roosters: [wekelijks('MO,TU,WE,TH,FR', '09:00', '17:00')],
    }),
  },
  {
    code: 'dagbesteding',
    org: 'org-maasoever',
    locatie: (p) => (p.naam === 'Urmond' ? 'loc-maasoever-urmond' : 'loc-maasoever'),
    plaatsen: ['elsloo', 'urmond'],
    inhoud: (p) => ({
      naam: `Dagbesteding voor ouderen (${p.naam})`,
      soort: 'dienst',
      beschrijving:
        'Een zinvolle dag met anderen: samen koken, wandelen, muziek maken en tuinieren. Voor ouderen en mensen met dementie. Zo heeft ook de mantelzorger even tijd voor zichzelf.',
      aanmelden: 'Vraag het wijkteam om een indicatie. Wij komen daarna kennismaken.',
      kosten: { soort: 'inkomensafhankelijk', bedrag: null, omschrijving: 'eigen bijdrage Wmo' },
      toegankelijkheid: ['rolstoel', 'aangepast-toilet', 'stille-ruimte', 'parkeren-dichtbij'],
      levensdomeinen: ['dagbesteding', 'functioneren'],
      hulpvormen: ['dagbesteding', 'respijtzorg'],
      doelgroepen: ['ouderen', 'mensen-met-dementie'],
      verwijzingNodig: true,
      diagnoseNodig: true,
      trefwoorden: ['dementie', 'ontlasten'],
      roosters: [wekelijks('MO,TU,WE,TH,FR', '09:30', '16:00')],
    }),
  },
  {
    code: 'logeeropvang',
    org: 'org-linde',
    locatie: () => 'loc-linde',
    plaatsen: ['berg'],
    inhoud: () => ({
      naam: 'Logeeropvang De Linde',
      soort: 'dienst',
      beschrijving:
        'Uw naaste logeert een weekend of een paar dagen bij ons. Zo kunt u als mantelzorger even uitrusten. Wij zorgen goed voor uw naaste, dag en nacht.',
      aanmelden: 'Bel ons. Soms is een indicatie nodig; wij helpen u daarbij.',
      kosten: {
        soort: 'inkomensafhankelijk',
        bedrag: null,
        omschrijving: 'eigen bijdrage, soms vergoed',
      },
      toegankelijkheid: ['rolstoel', 'aangepast-toilet', 'parkeren-dichtbij'],
      levensdomeinen: ['adl', 'sociaal-netwerk'],
      hulpvormen: ['respijtzorg'],
      doelgroepen: ['mantelzorgers', 'ouderen', 'mensen-met-beperking'],
      verwijzingNodig: true,
      trefwoorden: ['logeren', 'weekend', 'ontlasten', 'respijt'],
      roosters: [wekelijks('FR', '16:00', '23:59'), wekelijks('SA,SU', '00:00', '23:59')],
    }),
  },
  {
    code: 'zorgvrijwilliger',
    org: 'org-zorgvrijwilligers',
    locatie: () => null,
    plaatsen: VIER,
    inhoud: (p) => ({
      naam: `Zorgvrijwilliger aan huis in ${p.naam}`,
      soort: 'dienst',
      beschrijving: `Een vrijwilliger komt bij u thuis in ${p.naam}. Hij of zij is er voor een praatje, een wandeling of een spelletje. De mantelzorger kan dan even weg.`,
      aanmelden: 'Bel ons. Wij zoeken een vrijwilliger die bij u past.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: [],
      levensdomeinen: ['sociaal-netwerk'],
      hulpvormen: ['respijtzorg', 'praktische-hulp'],
      doelgroepen: ['mantelzorgers', 'ouderen'],
      trefwoorden: ['thuis', 'gezelschap', 'ontlasten'],
      roosters: [],
    }),
  },
  {
    code: 'maatje',
    org: 'org-maatjes',
    locatie: () => 'loc-samen-stein',
    plaatsen: ['stein'],
    inhoud: () => ({
      naam: 'Een maatje voor samen op stap',
      soort: 'dienst',
      beschrijving:
        'Voelt u zich alleen? Een maatje is een vrijwilliger die een jaar lang elke week of twee weken met u afspreekt. Samen gaat u wandelen, koffie drinken of naar de markt.',
      aanmelden: 'Bel ons voor een kennismakingsgesprek.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel'],
      levensdomeinen: ['sociaal-netwerk'],
      hulpvormen: ['ontmoeting', 'begeleiding'],
      doelgroepen: ['volwassenen', 'ouderen', 'nieuwkomers'],
      trefwoorden: ['maatje', 'eenzaamheid', 'gezelschap'],
      roosters: [],
    }),
  },
  {
    code: 'schuldhulp',
    org: 'org-schuldhulp',
    locatie: (p) => buurthuis(p),
    plaatsen: ['stein', 'elsloo', 'geleen'],
    inhoud: (p) => ({
      naam: `Hulp bij geldzorgen (${p.naam})`,
      soort: 'dienst',
      beschrijving:
        'Heeft u schulden of lukt het niet om rond te komen? Een schuldhulpmaatje helpt u om weer overzicht te krijgen. Samen ordent u de papieren en maakt u een plan. Het is gratis en u blijft zelf de baas.',
      aanmelden: 'Bel of mail. Uw vraag blijft geheim.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel', 'stille-ruimte'],
      levensdomeinen: ['financien'],
      hulpvormen: ['begeleiding', 'praktische-hulp'],
      doelgroepen: ['volwassenen'],
      minimumLeeftijd: 18,
      trefwoorden: ['schulden', 'geld', 'budget', 'administratie'],
      roosters: [wekelijks('WE', '13:00', '16:00')],
    }),
  },
  {
    code: 'formulierenhulp',
    org: 'org-bibliotheek',
    locatie: (p) => (p.naam === 'Elsloo' ? 'loc-bibliotheek-elsloo' : 'loc-bibliotheek'),
    plaatsen: ['stein', 'elsloo'],
    inhoud: (p) => ({
      naam: `Hulp bij formulieren en DigiD (${p.naam})`,
      soort: 'dienst',
      beschrijving:
        'Vrijwilligers helpen u met formulieren, brieven en DigiD. Neem uw papieren mee.',
      aanmelden: 'Kom langs tijdens het spreekuur.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel', 'aangepast-toilet', 'ov-dichtbij'],
      levensdomeinen: ['financien'],
      hulpvormen: ['praktische-hulp', 'informatie-advies'],
      doelgroepen: ['iedereen'],
      trefwoorden: ['formulieren', 'digid', 'computer', 'brieven'],
      roosters: [wekelijks(p.naam === 'Elsloo' ? 'FR' : 'TU', '10:00', '12:00')],
    }),
  },
  {
    code: 'digitaal-cafe',
    org: 'org-bibliotheek',
    locatie: () => 'loc-bibliotheek',
    plaatsen: ['stein'],
    inhoud: () => ({
      naam: 'Digicafé: hulp met tablet en telefoon',
      naamEn: 'Digital café: help with your tablet and phone',
      soort: 'groep',
      beschrijving:
        'Leer werken met uw tablet of smartphone. Vrijwilligers helpen u stap voor stap, bijvoorbeeld met videobellen.',
      beschrijvingEn:
        'Learn to use your tablet or smartphone. Volunteers help you step by step, for example with video calls.',
      aanmelden: 'Kom langs. Neem uw eigen apparaat mee.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel', 'ringleiding'],
      levensdomeinen: ['dagbesteding', 'sociaal-netwerk'],
      hulpvormen: ['cursus'],
      doelgroepen: ['ouderen'],
      trefwoorden: ['computer', 'tablet', 'smartphone', 'internet'],
      roosters: [wekelijks('TH', '14:00', '16:00')],
    }),
  },
  {
    code: 'taalcafe',
    org: 'org-taalcafe',
    locatie: (p) => (p.naam === 'Elsloo' ? 'loc-bibliotheek-elsloo' : buurthuis(p)),
    plaatsen: ['stein', 'elsloo', 'geleen'],
    inhoud: (p) => ({
      naam: `Taalcafé ${p.naam}`,
      naamEn: `Language café ${p.naam}`,
      soort: 'groep',
      beschrijving:
        'Oefen Nederlands praten in een gezellige groep. Vrijwilligers helpen u. Ook voor mensen die al wat Nederlands spreken.',
      beschrijvingEn: 'Practise speaking Dutch in a friendly group.',
      aanmelden: 'Kom gewoon langs.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel'],
      talen: ['nl', 'en', 'ar', 'uk'],
      levensdomeinen: ['sociaal-netwerk', 'dagbesteding'],
      hulpvormen: ['cursus', 'ontmoeting'],
      doelgroepen: ['nieuwkomers'],
      trefwoorden: ['taal', 'nederlands', 'praten', 'inburgering'],
      roosters: [wekelijks('WE', '19:00', '20:30')],
    }),
  },
  {
    code: 'repair',
    org: 'org-repair',
    locatie: (p) => (p.naam === 'Urmond' ? 'loc-repair' : buurthuis(p)),
    plaatsen: ['urmond', 'stein', 'elsloo'],
    inhoud: (p) => ({
      naam: `Repair Café ${p.naam}`,
      soort: 'evenement',
      beschrijving:
        'Neem uw kapotte spullen mee: een lamp, een broek, een fiets of een koffiezetapparaat. Vrijwilligers repareren het samen met u. Ondertussen drinkt u een kop koffie.',
      aanmelden: 'Aanmelden hoeft niet.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: 'een vrijwillige bijdrage mag' },
      toegankelijkheid: ['rolstoel'],
      levensdomeinen: ['huishouden', 'sociaal-netwerk'],
      hulpvormen: ['praktische-hulp', 'ontmoeting'],
      doelgroepen: ['iedereen'],
      trefwoorden: ['repareren', 'fietsen', 'kapot', 'duurzaam'],
      roosters: [maandelijks('-1SA', '10:00', '13:00')],
    }),
  },
  {
    code: 'voedselhulp',
    org: 'org-caritas',
    locatie: () => 'loc-caritas',
    plaatsen: ['stein'],
    inhoud: () => ({
      naam: 'Noodhulp en voedselpakket',
      naamEn: 'Emergency help and food parcels',
      soort: 'dienst',
      beschrijving:
        'Heeft u niet genoeg geld voor eten? De Caritas helpt snel met een voedselpakket of een kleine gift. Ook als u niet gelovig bent.',
      beschrijvingEn:
        'Not enough money for food? Caritas helps quickly with a food parcel or a small gift. Also if you are not religious.',
      aanmelden: 'Bel ons. Wij maken een afspraak.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['parkeren-dichtbij'],
      levensdomeinen: ['financien', 'huishouden'],
      hulpvormen: ['praktische-hulp'],
      doelgroepen: ['iedereen'],
      trefwoorden: ['voedsel', 'eten', 'armoede', 'geld'],
      roosters: [wekelijks('TH', '13:30', '15:00')],
    }),
  },
  {
    code: 'jongerenwerk',
    org: 'org-jongerenwerk',
    locatie: () => 'loc-jongeren',
    plaatsen: ['stein'],
    inhoud: () => ({
      naam: 'Jongerencentrum De Basis',
      soort: 'activiteit',
      beschrijving:
        'Een plek voor jongeren om te chillen, te gamen en te praten. De jongerenwerker helpt je als je ergens mee zit.',
      aanmelden: 'Loop binnen.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel'],
      levensdomeinen: ['dagbesteding', 'sociaal-netwerk'],
      hulpvormen: ['ontmoeting', 'begeleiding'],
      doelgroepen: ['jongeren'],
      minimumLeeftijd: 12,
      maximumLeeftijd: 23,
      trefwoorden: ['jongeren', 'gamen', 'chillen'],
      roosters: [wekelijks('WE,FR', '14:00', '21:00')],
    }),
  },
  {
    code: 'alzheimercafe',
    org: 'org-alzheimer',
    locatie: buurthuis,
    plaatsen: ['stein', 'geleen'],
    inhoud: (p) => ({
      naam: `Alzheimer Café ${p.naam}`,
      soort: 'groep',
      beschrijving:
        'Voor mensen met dementie, hun naasten en iedereen die meer wil weten. Elke maand vertelt een deskundige over een onderwerp. Daarna is er tijd om te praten.',
      aanmelden: 'Aanmelden hoeft niet.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel', 'aangepast-toilet', 'ringleiding'],
      levensdomeinen: ['functioneren', 'sociaal-netwerk'],
      hulpvormen: ['lotgenoten', 'informatie-advies'],
      doelgroepen: ['mensen-met-dementie', 'mantelzorgers'],
      trefwoorden: ['dementie', 'geheugen', 'alzheimer'],
      roosters: [maandelijks('3TU', '19:00', '21:00')],
    }),
  },
  {
    code: 'buurtbus',
    org: 'org-buurtbus',
    locatie: () => null,
    plaatsen: ['stein', 'elsloo'],
    inhoud: (p) => ({
      naam: `Buurtbus ${p.naam}`,
      soort: 'dienst',
      beschrijving: `Kunt u niet zelf naar de dokter, de winkel of op bezoek? Een vrijwilliger rijdt u in ${p.naam} en omgeving. Ook met een rollator of een opvouwbare rolstoel.`,
      aanmelden: 'Bel een dag van tevoren.',
      kosten: { soort: 'vast', bedrag: 2, omschrijving: 'per rit' },
      toegankelijkheid: ['rolstoel'],
      levensdomeinen: ['mobiliteit'],
      hulpvormen: ['praktische-hulp'],
      doelgroepen: ['ouderen', 'mensen-met-beperking'],
      trefwoorden: ['vervoer', 'rijden', 'dokter', 'boodschappen'],
      roosters: [wekelijks('MO,TU,WE,TH,FR', '08:30', '17:00')],
    }),
  },
  {
    code: 'kbo',
    org: 'org-kbo',
    locatie: () => 'loc-kbo',
    plaatsen: ['berg'],
    inhoud: () => ({
      naam: 'Soos voor senioren',
      soort: 'groep',
      beschrijving:
        'Elke week kaarten, biljarten en bijpraten. Een paar keer per jaar gaan we samen op uitstapje.',
      aanmelden: 'Kom een middag kijken.',
      kosten: { soort: 'vast', bedrag: 20, omschrijving: 'lidmaatschap per jaar' },
      toegankelijkheid: ['rolstoel', 'aangepast-toilet'],
      levensdomeinen: ['sociaal-netwerk', 'dagbesteding'],
      hulpvormen: ['ontmoeting', 'activiteit'],
      doelgroepen: ['ouderen'],
      minimumLeeftijd: 50,
      trefwoorden: ['kaarten', 'biljart', 'senioren'],
      roosters: [wekelijks('TH', '13:30', '17:00')],
    }),
  },
  {
    code: 'moestuin',
    org: 'org-groen',
    locatie: () => 'loc-repair',
    plaatsen: ['urmond'],
    inhoud: () => ({
      naam: 'Buurtmoestuin Urmond',
      soort: 'groep',
      beschrijving:
        'Samen groenten kweken in de buurtmoestuin. U hoeft geen ervaring te hebben. De oogst delen we.',
      aanmelden: 'Kom langs op zaterdagochtend.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: [],
      levensdomeinen: ['dagbesteding', 'sociaal-netwerk'],
      hulpvormen: ['activiteit', 'vrijwilligerswerk'],
      doelgroepen: ['iedereen'],
      trefwoorden: ['tuin', 'groente', 'buiten', 'natuur'],
      roosters: [
        {
          freq: 'WEEKLY',
          byday: 'SA',
          opensAt: '09:30',
          closesAt: '12:00',
          validFrom: '2026-03-01',
          validTo: '2026-10-31',
        },
      ],
    }),
  },
  {
    code: 'wijkteam',
    org: 'org-wijkteam',
    locatie: () => 'loc-wijkteam',
    plaatsen: ['stein'],
    inhoud: () => ({
      naam: 'Wijkteam Stein: hulp als het zelf niet meer lukt',
      soort: 'dienst',
      beschrijving:
        'Het wijkteam helpt bij vragen over zorg, opvoeden, werk, wonen en geld. We komen bij u thuis voor een gesprek aan de keukentafel. Samen maken we een plan.',
      aanmelden: 'Bel het Zorgloket van de gemeente.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel', 'aangepast-toilet', 'ringleiding', 'ov-dichtbij'],
      levensdomeinen: ['functioneren', 'wonen', 'financien', 'adl', 'huishouden'],
      hulpvormen: ['begeleiding', 'informatie-advies'],
      doelgroepen: ['iedereen'],
      trefwoorden: ['keukentafelgesprek', 'wmo', 'jeugdhulp', 'zorg'],
      roosters: [
        wekelijks('MO,TU,WE,TH,FR', '08:30', '17:00'),
        { freq: null, dtstart: '2026-12-25', until: '2026-12-26', gesloten: true },
      ],
    }),
  },
  {
    code: 'opvang',
    org: 'org-opvang',
    locatie: () => 'loc-opvang',
    plaatsen: ['stein'],
    inhoud: () => ({
      naam: 'Opvang bij huiselijk geweld',
      soort: 'dienst',
      beschrijving:
        'Bent u thuis niet veilig? Wij bieden een veilige plek om te wonen, voor u en uw kinderen. Het adres is geheim. Bel ons, dag en nacht.',
      aanmelden: 'Bel 0800 2000, dag en nacht, gratis.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel'],
      levensdomeinen: ['wonen', 'functioneren'],
      hulpvormen: ['begeleiding'],
      doelgroepen: ['volwassenen', 'ouders', 'kinderen'],
      trefwoorden: ['huiselijk geweld', 'veilig', 'opvang'],
      roosters: [wekelijks('MO,TU,WE,TH,FR,SA,SU', '00:00', '23:59')],
    }),
  },
  {
    code: 'kerstdiner',
    org: 'org-samen-stein',
    locatie: buurthuis,
    plaatsen: ['stein', 'elsloo'],
    inhoud: (p) => ({
      naam: `Kerstdiner voor wie alleen is (${p.naam})`,
      soort: 'evenement',
      beschrijving:
        'Bent u met de kerst alleen? Eet dan mee aan ons kerstdiner. Vrijwilligers koken en we zorgen voor een gezellige avond.',
      aanmelden: 'Meld u uiterlijk 15 december aan. Vervoer kunnen we regelen.',
      kosten: { soort: 'vast', bedrag: 5, omschrijving: 'per persoon' },
      toegankelijkheid: ['rolstoel', 'aangepast-toilet'],
      levensdomeinen: ['sociaal-netwerk'],
      hulpvormen: ['ontmoeting'],
      doelgroepen: ['iedereen', 'ouderen'],
      trefwoorden: ['kerst', 'eenzaamheid', 'eten'],
      roosters: [{ freq: null, dtstart: '2026-12-25', opensAt: '17:00', closesAt: '21:00' }],
    }),
  },
  {
    code: 'opvoedspreekuur',
    org: 'org-samen-stein',
    locatie: buurthuis,
    plaatsen: ['stein', 'urmond', 'beek'],
    inhoud: (p) => ({
      naam: `Opvoedspreekuur ${p.naam}`,
      soort: 'dienst',
      beschrijving:
        'Heeft u een vraag over de opvoeding van uw kind? Praat erover met een opvoedcoach. Zonder verwijzing en zonder wachtlijst.',
      aanmelden: 'Loop binnen of bel voor een afspraak.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel'],
      levensdomeinen: ['functioneren', 'sociaal-netwerk'],
      hulpvormen: ['informatie-advies', 'begeleiding'],
      doelgroepen: ['ouders'],
      trefwoorden: ['opvoeden', 'kinderen', 'puber'],
      roosters: [maandelijks('1MO,3MO', '13:30', '15:00')],
    }),
  },
  {
    code: 'huiswerkklas',
    org: 'org-vrijwilligers',
    locatie: (p) => (p.naam === 'Elsloo' ? 'loc-bibliotheek-elsloo' : 'loc-bibliotheek'),
    plaatsen: ['stein', 'elsloo'],
    inhoud: (p) => ({
      naam: `Huiswerkhulp (${p.naam})`,
      soort: 'groep',
      beschrijving:
        'Vrijwilligers helpen kinderen uit groep 6 tot en met de brugklas met hun huiswerk.',
      aanmelden: 'Ouders melden hun kind aan bij de bibliotheek.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel'],
      levensdomeinen: ['dagbesteding'],
      hulpvormen: ['begeleiding'],
      doelgroepen: ['kinderen', 'jongeren'],
      minimumLeeftijd: 9,
      maximumLeeftijd: 14,
      trefwoorden: ['school', 'huiswerk', 'leren'],
      roosters: [wekelijks('MO,WE', '15:30', '17:00')],
    }),
  },
  {
    code: 'fietsmaatjes',
    org: 'org-vrijwilligers',
    locatie: () => 'loc-vrijwilligers',
    plaatsen: ['stein'],
    inhoud: () => ({
      naam: 'Fietsmaatjes op de duofiets',
      soort: 'activiteit',
      beschrijving:
        'Kunt u niet meer alleen fietsen? Samen met een vrijwilliger fietst u op een duofiets door de natuur langs de Maas.',
      aanmelden: 'Bel ons om een rit af te spreken.',
      kosten: { soort: 'gratis', bedrag: null, omschrijving: '' },
      toegankelijkheid: ['rolstoel'],
      levensdomeinen: ['mobiliteit', 'sociaal-netwerk', 'functioneren'],
      hulpvormen: ['activiteit'],
      doelgroepen: ['ouderen', 'mensen-met-beperking'],
      trefwoorden: ['fietsen', 'duofiets', 'buiten'],
      roosters: [
        {
          freq: 'WEEKLY',
          byday: 'TU,FR',
          opensAt: '10:00',
          closesAt: '16:00',
          validFrom: '2026-04-01',
          validTo: '2026-10-31',
        },
      ],
    }),
  },
  {
    code: 'zangkoor',
    org: 'org-buurthuis',
    locatie: buurthuis,
    plaatsen: ['elsloo', 'sweikhuizen', 'beek'],
    varieer: true,
    inhoud: (p) => ({
      naam: `Zanggroep Samen Zingen ${p.naam}`,
      soort: 'groep',
      beschrijving:
        'Zingen maakt blij. U zingt bekende liedjes met een kleine groep. Noten lezen hoeft niet.',
      aanmelden: 'Kom een keer meezingen.',
      kosten: { soort: 'vast', bedrag: 2, omschrijving: 'per keer, koffie inbegrepen' },
      toegankelijkheid: ['rolstoel'],
      levensdomeinen: ['sociaal-netwerk', 'dagbesteding'],
      hulpvormen: ['activiteit', 'ontmoeting'],
      doelgroepen: ['iedereen'],
      trefwoorden: ['zingen', 'muziek', 'koor'],
      roosters: [wekelijks('FR', '14:00', '15:30')],
    }),
  },
  {
    code: 'klussendienst',
    org: 'org-vrijwilligers',
    locatie: () => null,
    plaatsen: VIER,
    inhoud: (p) => ({
      naam: `Klussendienst ${p.naam}`,
      soort: 'dienst',
      beschrijving: `Vrijwilligers doen kleine klussen bij u thuis in ${p.naam}: een lamp ophangen, een kraan vervangen of de tuin bijhouden. U betaalt alleen de materialen.`,
      aanmelden: 'Bel de vrijwilligerscentrale.',
      kosten: { soort: 'vast', bedrag: 5, omschrijving: 'per klus, plus materialen' },
      toegankelijkheid: [],
      levensdomeinen: ['wonen', 'huishouden'],
      hulpvormen: ['praktische-hulp'],
      doelgroepen: ['ouderen', 'mensen-met-beperking'],
      trefwoorden: ['klussen', 'tuin', 'thuis'],
      roosters: [],
    }),
  },
];

const TOEGANKELIJK = [
  'rolstoel',
  'aangepast-toilet',
  'ringleiding',
  'stille-ruimte',
  'parkeren-dichtbij',
  'ov-dichtbij',
] as const;

/** The whole demo map; `nu` sets "last checked" (some entries are stale on purpose). */
export function maakDemoKaart(nu = new Date()): KaartImport {
  const rnd = random(882);
  const aanbod: KaartImportAanbod[] = [];
  for (const s of SJABLONEN) {
    s.plaatsen.forEach((code, i) => {
      const plaats = P[code]!;
      const basis = s.inhoud(plaats);
      let inhoud: Inhoud = { ...basis };
      // The first place of a template stays exactly as written (tests rely on it).
      if (s.varieer && i > 0) {
        const kosten =
          rnd() < 0.35
            ? {
                soort: 'vast' as const,
                bedrag: 2 + Math.floor(rnd() * 4),
                omschrijving: 'per keer',
              }
            : basis.kosten;
        const toegankelijkheid = TOEGANKELIJK.filter(() => rnd() < 0.45);
        const dag = DAGEN[Math.floor(rnd() * DAGEN.length)]!;
        inhoud = {
          ...basis,
          kosten,
          toegankelijkheid,
          roosters: (basis.roosters ?? []).map((r) =>
            r.freq === 'WEEKLY' && r.byday && !r.byday.includes(',') ? { ...r, byday: dag } : r,
          ),
        };
      }
      const dagenGeleden = Math.floor(rnd() * 150) + (aanbod.length % 25 === 7 ? 220 : 0);
      aanbod.push({
        externId: `demo-${s.code}-${code}`,
        organisatieExternId: s.org,
        locatieExternId: s.locatie(plaats),
        inhoud,
        laatstGecontroleerdOp: new Date(nu.getTime() - dagenGeleden * 86_400_000).toISOString(),
      });
    });
  }
  // Extra variety: themed afternoons in every buurthuis, so every place has a full programme.
  const THEMAS = [
    [
      'Spelletjesmiddag',
      'Samen een spel spelen: rummikub, klaverjassen of sjoelen.',
      ['spelletjes', 'kaarten'],
    ],
    [
      'Creatief atelier',
      'Schilderen, tekenen of handwerken met anderen. Materiaal is er.',
      ['schilderen', 'handwerken', 'creatief'],
    ],
    [
      'Valpreventie: sterk en stabiel',
      'Oefeningen om vallen te voorkomen, met een fysiotherapeut.',
      ['vallen', 'bewegen', 'balans'],
    ],
    [
      'Samen lunchen',
      'Een warme lunch met anderen uit de buurt. Vrijwilligers koken.',
      ['lunch', 'eten', 'maaltijd'],
    ],
    [
      'Breicafé',
      'Breien en haken met anderen. Beginners leren het van de anderen.',
      ['breien', 'haken', 'handwerken'],
    ],
    [
      'Stoelyoga',
      'Rustige yoga op een stoel. Goed voor uw lijf en om te ontspannen.',
      ['yoga', 'bewegen', 'ontspannen'],
    ],
    ['Filmmiddag', 'Een mooie film kijken en daarna samen napraten.', ['film', 'bioscoop']],
    [
      'Voorlezen voor peuters',
      'Een vrijwilliger leest voor aan peuters. Ouders ontmoeten elkaar.',
      ['voorlezen', 'peuters', 'ouders'],
    ],
    ['Bingo', 'Gezellig bingo spelen met kleine prijzen.', ['bingo', 'spelletjes']],
    [
      'Koffieochtend voor nieuwe bewoners',
      'Nieuw in het dorp? Maak kennis met buren en hoor wat er te doen is.',
      ['nieuw', 'kennismaken', 'buren'],
    ],
  ] as const;
  for (const [t, [naam, tekst, trefwoorden]] of THEMAS.entries()) {
    for (const [i, plaats] of DEMO_PLAATSEN.entries()) {
      aanbod.push({
        externId: `demo-thema-${t}-${plaats.code}`,
        organisatieExternId: 'org-samen-stein',
        locatieExternId: buurthuis(plaats),
        inhoud: {
          naam: `${naam} in ${plaats.naam}`,
          soort: 'activiteit',
          beschrijving: `${tekst} In het buurthuis van ${plaats.naam}. Iedereen is welkom.`,
          aanmelden: 'Aanmelden hoeft niet.',
          kosten:
            t === 2 ? { soort: 'vast', bedrag: 3, omschrijving: 'per keer' } : { soort: 'gratis' },
          toegankelijkheid: TOEGANKELIJK.filter((_, k) => (k + i + t) % 3 === 0),
          levensdomeinen: t === 2 ? ['functioneren'] : ['sociaal-netwerk', 'dagbesteding'],
          hulpvormen: ['activiteit', 'ontmoeting'],
          doelgroepen: t === 2 ? ['ouderen'] : ['iedereen'],
          trefwoorden: [...trefwoorden],
          roosters: [wekelijks(DAGEN[(i + t) % 5]!, '14:00', '16:00')],
        },
        laatstGecontroleerdOp: new Date(
          nu.getTime() - ((i * 17 + t * 31) % 120) * 86_400_000,
        ).toISOString(),
      });
    }
  }
  return {
    organisaties: DEMO_ORGANISATIES,
    locaties: DEMO_LOCATIES,
    aanbod,
    samenwerkingen: [
      {
        organisatieExternId: 'org-samen-stein',
        partnerExternId: 'org-mantelzorg',
        onderwerp: 'Samen één loket voor mantelzorgers',
      },
      {
        organisatieExternId: 'org-samen-stein',
        partnerExternId: 'org-wijkteam',
        onderwerp: 'Welzijn op recept en warme overdracht',
      },
      {
        organisatieExternId: 'org-samen-stein',
        partnerExternId: 'org-buurtcirkels',
        onderwerp: 'Coaches voor buurtcirkels',
      },
      {
        organisatieExternId: 'org-samen-stein',
        partnerExternId: 'org-maatjes',
        onderwerp: 'Maatjes voor mensen die eenzaam zijn',
      },
      {
        organisatieExternId: 'org-mantelzorg',
        partnerExternId: 'org-linde',
        onderwerp: 'Logeeropvang voor respijt',
      },
      {
        organisatieExternId: 'org-mantelzorg',
        partnerExternId: 'org-zorgvrijwilligers',
        onderwerp: 'Vrijwilligers die de mantelzorger ontlasten',
      },
      {
        organisatieExternId: 'org-mantelzorg',
        partnerExternId: 'org-alzheimer',
        onderwerp: 'Voorlichting over dementie',
      },
      {
        organisatieExternId: 'org-vrijwilligers',
        partnerExternId: 'org-repair',
        onderwerp: 'Werving van vrijwilligers',
      },
      {
        organisatieExternId: 'org-vrijwilligers',
        partnerExternId: 'org-buurtbus',
        onderwerp: 'Chauffeurs voor de buurtbus',
      },
      {
        organisatieExternId: 'org-schuldhulp',
        partnerExternId: 'org-wijkteam',
        onderwerp: 'Doorverwijzen bij grote schulden',
      },
      {
        organisatieExternId: 'org-schuldhulp',
        partnerExternId: 'org-caritas',
        onderwerp: 'Noodhulp bij geldzorgen',
      },
      {
        organisatieExternId: 'org-clientondersteuning',
        partnerExternId: 'org-wijkteam',
        onderwerp: 'Ondersteuning bij het keukentafelgesprek',
      },
      {
        organisatieExternId: 'org-pollepel',
        partnerExternId: 'org-buurthuis',
        onderwerp: 'Kookruimte in de buurthuizen',
      },
      {
        organisatieExternId: 'org-taalcafe',
        partnerExternId: 'org-bibliotheek',
        onderwerp: 'Taalhulp voor nieuwkomers',
      },
      {
        organisatieExternId: 'org-maasoever',
        partnerExternId: 'org-alzheimer',
        onderwerp: 'Dementievriendelijk Stein',
      },
    ],
  };
}

/** The organisation the demo organisation admin (organisatie@demo.example) manages. */
export const DEMO_BEHEERDE_ORGANISATIE = 'org-pollepel';
