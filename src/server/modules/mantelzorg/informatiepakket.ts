import { escapeHtml } from '../../platform/html.ts';
import type { PdfBlok, PdfDocument } from '../../platform/pdf/document.ts';

/**
 * The information package a carer gets when they register: what support there is nearby,
 * drawn from the sociale kaart, in B1 Dutch — with its own wording for young carers (< 25),
 * who are addressed as "je" and pointed to youth work as well. It names no one: the same
 * package could go to any carer of the gemeente, so the e-mail carries no personal data.
 */

/** The groups of support, in the order the package shows them. */
export const STEUNGROEPEN = ['steun', 'respijt', 'lotgenoten', 'activiteiten', 'jongeren'] as const;
export type Steungroep = (typeof STEUNGROEPEN)[number];

/** How each group is found on the sociale kaart (any of the hulpvormen, all doelgroepen). */
export const ZOEKVRAGEN: Record<Steungroep, { doelgroep: string[]; hulpvorm: string[] }> = {
  steun: { doelgroep: ['mantelzorgers'], hulpvorm: ['informatie-advies', 'begeleiding'] },
  respijt: { doelgroep: [], hulpvorm: ['respijtzorg'] },
  lotgenoten: { doelgroep: ['mantelzorgers'], hulpvorm: ['lotgenoten'] },
  activiteiten: { doelgroep: ['mantelzorgers'], hulpvorm: ['activiteit', 'ontmoeting', 'cursus'] },
  jongeren: { doelgroep: ['jongeren'], hulpvorm: [] },
};

/** At most this many entries per group: a package to read, not a directory. */
export const PER_GROEP = 5;

export interface Steunaanbod {
  id: string;
  naam: string;
  samenvatting: string;
  organisatie: string;
  plaats: string | null;
  telefoon: string | null;
  email: string | null;
  website: string | null;
}

export interface Informatiepakket {
  onderwerp: string;
  pdf: PdfDocument;
  tekst: string;
  html: string;
}

const KOPPEN: Record<'u' | 'je', Record<Steungroep, string>> = {
  u: {
    steun: 'Praten met iemand die u helpt',
    respijt: 'Even vrij van zorg',
    lotgenoten: 'Andere mensen ontmoeten die ook zorgen',
    activiteiten: 'Activiteiten voor u',
    jongeren: 'Voor jongeren',
  },
  je: {
    steun: 'Praten met iemand die je helpt',
    respijt: 'Even vrij van zorg',
    lotgenoten: 'Anderen ontmoeten die ook zorgen',
    activiteiten: 'Activiteiten',
    jongeren: 'Voor jongeren: jongerenwerk en meer',
  },
};

const TEKSTEN = {
  u: {
    titel: 'Informatie voor wie zorgt voor een ander',
    intro: [
      'U zorgt voor iemand die u kent. Dat doet u uit liefde of omdat het zo gegroeid is. Maar zorgen kan ook zwaar zijn.',
      'Daarom is er steun bij u in de buurt. U hoeft het niet alleen te doen. Hieronder leest u waar u terecht kunt.',
    ],
    leeg: 'Op de sociale kaart staat hier nu niets. Vraag het Wmo-loket van de gemeente.',
    kring: [
      'In Kring kunt u ook een zorgkring maken met familie, vrienden en buren. Samen verdeelt u de taken.',
      'U kunt vragen om even vrij te zijn van zorg. En u kunt kijken hoe het met u gaat.',
      'Elk jaar is er de mantelzorgwaardering van de gemeente. In Kring ziet u wanneer u die kunt aanvragen.',
    ],
  },
  je: {
    titel: 'Zorg jij voor iemand thuis?',
    intro: [
      'Zorg jij voor je vader, moeder, broer, zus of iemand anders? Dan ben je niet de enige. Veel jongeren doen dat.',
      'Het is fijn als je erover kunt praten. En als je ook tijd hebt voor school, vrienden en jezelf. Hier lees je waar je terecht kunt.',
    ],
    leeg: 'Op de sociale kaart staat hier nu niets. Vraag het Wmo-loket van de gemeente.',
    kring: [
      'Praat erover met iemand die je vertrouwt. Bijvoorbeeld je mentor op school, de huisarts of de jongerenwerker.',
      'In Kring kun je een zorgkring maken met je familie. Samen verdelen jullie de taken.',
      'Elk jaar is er de mantelzorgwaardering van de gemeente. In Kring zie je wanneer je die kunt aanvragen.',
    ],
  },
} as const;

const ENGELS =
  'This information is in Dutch. In Kring you can read about support in English: log in and choose English.';

/** Keeps each entry in the first group it was found in, and at most PER_GROEP per group. */
export function verdeelOverGroepen(
  gevonden: Partial<Record<Steungroep, Steunaanbod[]>>,
  jong: boolean,
): { groep: Steungroep; aanbod: Steunaanbod[] }[] {
  const gezien = new Set<string>();
  const groepen = STEUNGROEPEN.filter((g) => jong || g !== 'jongeren');
  return groepen.map((groep) => {
    const aanbod: Steunaanbod[] = [];
    for (const a of gevonden[groep] ?? []) {
      if (gezien.has(a.id) || aanbod.length >= PER_GROEP) continue;
      gezien.add(a.id);
      aanbod.push(a);
    }
    return { groep, aanbod };
  });
}

function contactRegel(a: Steunaanbod): string {
  return [a.telefoon && `bel ${a.telefoon}`, a.email && `mail ${a.email}`, a.website]
    .filter(Boolean)
    .join(' - ');
}

function regel(a: Steunaanbod): string {
  const waar = [a.organisatie, a.plaats].filter(Boolean).join(', ');
  const contact = contactRegel(a);
  return `${a.naam} (${waar}). ${a.samenvatting}${contact ? ` Contact: ${contact}.` : ''}`;
}

/** The package as PDF document, plain text and HTML e-mail. */
export function maakInformatiepakket(input: {
  jong: boolean;
  gevonden: Partial<Record<Steungroep, Steunaanbod[]>>;
  /** Where Kring is (KRING_PUBLIC_URL), for the link to Mijn Kring; null: "log in". */
  publicUrl: string | null;
}): Informatiepakket {
  const vorm = input.jong ? 'je' : 'u';
  const t = TEKSTEN[vorm];
  const groepen = verdeelOverGroepen(input.gevonden, input.jong);
  const link = input.publicUrl ? `${input.publicUrl}/mijn-kring/mantelzorg` : null;

  const blokken: PdfBlok[] = t.intro.map((tekst) => ({ soort: 'alinea', tekst }));
  for (const { groep, aanbod } of groepen) {
    blokken.push({ soort: 'kop', tekst: KOPPEN[vorm][groep] });
    blokken.push(
      aanbod.length
        ? { soort: 'lijst', items: aanbod.map(regel) }
        : { soort: 'alinea', tekst: t.leeg },
    );
  }
  blokken.push({ soort: 'kop', tekst: 'Kring' });
  for (const tekst of t.kring) blokken.push({ soort: 'alinea', tekst });
  if (link) blokken.push({ soort: 'alinea', tekst: link });
  blokken.push({ soort: 'alinea', tekst: ENGELS });

  const tekst = [t.titel, '']
    .concat(
      blokken.flatMap((b) =>
        b.soort === 'lijst'
          ? [...b.items.map((i) => `- ${i}`), '']
          : b.soort === 'kop'
            ? [b.tekst.toUpperCase()]
            : [b.tekst, ''],
      ),
    )
    .join('\n');
  const html = [
    `<h1 lang="nl">${escapeHtml(t.titel)}</h1>`,
    ...blokken.map((b) => {
      if (b.soort === 'kop') return `<h2>${escapeHtml(b.tekst)}</h2>`;
      if (b.soort === 'lijst')
        return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
      if (b.tekst === link)
        return `<p><a href="${escapeHtml(b.tekst)}">${escapeHtml(b.tekst)}</a></p>`;
      return `<p${b.tekst === ENGELS ? ' lang="en"' : ''}>${escapeHtml(b.tekst)}</p>`;
    }),
    '<p>De informatie staat ook in de bijlage (PDF).</p>',
  ].join('');
  return {
    onderwerp: `${t.titel} / Support for carers`,
    pdf: { titel: t.titel, taal: 'nl', blokken },
    tekst,
    html,
  };
}
