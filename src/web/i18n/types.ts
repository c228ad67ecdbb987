import type nl from './nl.json';

// Dutch is the source language: every `t('…')` key is checked against nl.json at compile
// time, and i18n.test.ts checks that en.json has exactly the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The sociale kaart's texts are checked by their own typed `t` (routes/sociale-kaart/
    // vertaling.ts): with them in this union the key type grows past what TypeScript can
    // instantiate for template-literal keys (TS2589 in AccountsPage).
    resources: { translation: Omit<typeof nl, 'socialeKaart'> };
  }
}
