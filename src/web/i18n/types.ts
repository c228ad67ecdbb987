import type nl from './nl.json';

/** The front door's parts of nl.json (sections.ts, section `loket`). */
type LoketDelen =
  | 'loket'
  | 'hulpVragen'
  | 'hulpBieden'
  | 'mijnKring'
  | 'registreren'
  | 'loketWerk'
  | 'loketRegels'
  | 'mantelzorg'
  | 'zorgkring'
  | 'respijtzorg'
  | 'draaglast';

/** The werkplek's dossier pages (issue 6; sections.ts, section `beheer`). */
type WerkplekDelen =
  | 'dossier'
  | 'welzijnsreceptHuisarts'
  | 'welzijnsreceptCoach'
  | 'mantelzorgConsulent';

// Dutch is the source language: every `t('…')` key is checked against nl.json at compile
// time, and i18n.test.ts checks that en.json has exactly the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The sociale kaart's and the front door's texts are checked by their own typed `t`
    // (routes/sociale-kaart/vertaling.ts, i18n/deelVertaling.ts): with them in this union the
    // key type grows past what TypeScript can instantiate for template-literal keys (TS2589).
    resources: { translation: Omit<typeof nl, 'socialeKaart' | LoketDelen | WerkplekDelen> };
  }
}
