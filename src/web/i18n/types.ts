import type nl from './nl.json';

// Dutch is the source language: every `t('…')` key is checked against nl.json at compile
// time, and i18n.test.ts checks that en.json has exactly the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}
