import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type nl from './nl.json';

/**
 * A typed `t` for one or more top-level parts of nl.json that are left out of the app-wide
 * key type (i18n/types.ts) to keep that type small enough for TypeScript (TS2589). Every
 * key is still checked at compile time; plural keys by their base (`aantal` for
 * `aantal_one` / `aantal_other`).
 *
 *   const { t } = useDeelVertaling<'hulpVragen' | 'loket'>();
 *   t('hulpVragen.start.heading');
 */
type ZonderMeervoud<K extends string> = K extends `${infer B}_${'zero' | 'one' | 'other'}` ? B : K;
type Paden<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${ZonderMeervoud<K>}`
    : Paden<T[K], `${P}${K}.`>;
}[keyof T & string];

type Teksten = typeof nl;
export type Deel = keyof Teksten;
export type DeelSleutel<D extends Deel> = D extends Deel ? `${D}.${Paden<Teksten[D]>}` : never;
export type DeelT<D extends Deel> = (
  sleutel: DeelSleutel<D>,
  opties?: Record<string, unknown>,
) => string;

export function useDeelVertaling<D extends Deel>(): { t: DeelT<D>; i18n: I18n } {
  const { t, i18n } = useTranslation();
  return { t: t as unknown as DeelT<D>, i18n };
}
