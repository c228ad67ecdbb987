// One language's texts, one section (vite.config.ts, plugin kring:text-sections), e.g.
// `virtual:kring-texts/nl/start`. Their keys are typed through nl.json (i18n/types.ts).
declare module 'virtual:kring-texts/*' {
  const texts: { [key: string]: unknown };
  export default texts;
}
