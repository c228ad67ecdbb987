import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type nl from '../../i18n/nl.json';

/**
 * A typed `t` for the sociale kaart's texts (the `socialeKaart` part of nl.json / en.json).
 * They are left out of the app-wide key type (i18n/types.ts) to keep that type small enough
 * for TypeScript; here every key is still checked at compile time, plural keys by their base
 * (`aantal` for `aantal_one` / `aantal_other`).
 */
type ZonderMeervoud<K extends string> = K extends `${infer B}_${'zero' | 'one' | 'other'}` ? B : K;
type Paden<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${ZonderMeervoud<K>}`
    : Paden<T[K], `${P}${K}.`>;
}[keyof T & string];

export type KaartSleutel = `socialeKaart.${Paden<(typeof nl)['socialeKaart']>}`;
export type KaartT = (sleutel: KaartSleutel, opties?: Record<string, unknown>) => string;

export function useKaartVertaling(): { t: KaartT; i18n: I18n } {
  const { t, i18n } = useTranslation();
  return { t: t as unknown as KaartT, i18n };
}
