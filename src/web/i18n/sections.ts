/**
 * The texts are split into sections, loaded when needed: a resident's first visit loads only
 * the `start` section of one language (issue 5: at most 150 kB of JavaScript). nl.json and
 * en.json stay one file per language — the build (vite.config.ts) cuts them into one chunk
 * per language and section, using the key paths below.
 *
 * Everything not listed here is in `start`, so new texts are always there on the first
 * paint. List a key path only when every page that uses it loads its section first
 * (`lazyPage(…, ['beheer'])` in app/router.tsx); sections.test.ts checks that the code of the
 * first load uses no key from a lazy section.
 */
export const LAZY_SECTIONS = {
  /**
   * The staff's pages: werkplek, beheer, accounts, organisations, login services, breaks, and
   * the coordinator's loket pages (they load `loket` too, for the shared words).
   */
  beheer: [
    'werkplek',
    'loketWerk',
    'loketRegels',
    'beheer',
    'gebruikersbeheer',
    'organisatiebeheer',
    'oidcBeheer',
    'doorbraken',
    'dossier',
    'welzijnsreceptHuisarts',
    'welzijnsreceptCoach',
    'welzijnsreceptBeheer',
    'mantelzorgConsulent',
  ],
  /** The sociale kaart's editing pages (app/router.tsx, routes/sociale-kaart/beheer). */
  kaartbeheer: [
    'socialeKaart.beheer',
    'socialeKaart.bewerken',
    'socialeKaart.historie',
    'socialeKaart.veld',
  ],
  /**
   * The front door's pages (issue 5): asking and offering help, Mijn Kring, making an
   * account. `loket` holds the words they share with the coordinator's pages (categories,
   * days, statuses); staff pages load it together with `beheer`.
   */
  loket: [
    'loket',
    'hulpVragen',
    'hulpBieden',
    'mijnKring',
    'koppelingVervolg',
    'registreren',
    'mantelzorg',
    'zorgkring',
    'respijtzorg',
    'draaglast',
  ],
} as const satisfies Record<string, readonly string[]>;

export type LazySection = keyof typeof LAZY_SECTIONS;
export type Section = 'start' | LazySection;
export const SECTIONS: readonly Section[] = [
  'start',
  ...(Object.keys(LAZY_SECTIONS) as LazySection[]),
];

type Texts = { [key: string]: unknown };

const isObject = (value: unknown): value is Texts =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * One section of a language's texts, with the same nesting as the file: for `start`
 * everything except the lazy key paths, for a lazy section only its key paths.
 */
export function sectionTexts(texts: Texts, section: Section): Texts {
  const lazy = Object.entries(LAZY_SECTIONS).flatMap(([name, paths]) =>
    paths.map((path) => ({ name, path: path.split('.') })),
  );
  const pick = (node: Texts, prefix: string[]): Texts => {
    const out: Texts = {};
    for (const [key, value] of Object.entries(node)) {
      const path = [...prefix, key];
      const match = lazy.find((l) => l.path.join('.') === path.join('.'));
      if (match) {
        if (match.name === section) out[key] = value;
        continue;
      }
      // A parent of a lazy path: split inside it. Otherwise the whole value is `start`'s.
      const parentOfLazy = lazy.some(
        (l) => l.path.length > path.length && path.every((p, i) => l.path[i] === p),
      );
      if (parentOfLazy && isObject(value)) {
        const inner = pick(value, path);
        if (Object.keys(inner).length > 0) out[key] = inner;
      } else if (section === 'start') {
        out[key] = value;
      }
    }
    return out;
  };
  return pick(texts, []);
}
