import {
  HULPCATEGORIE_CODES,
  type Hulpcategorie,
  SOORTEN_HULP,
  TALEN,
} from '../../../shared/loket.ts';
import { useHulpcategorieen } from '../../api/hulpaanbod.ts';
import { MAX_KOPPELINGEN, STRALEN } from './concept.ts';
import { useHbT } from './onderdelen.tsx';

/* The choices of the form's questions (the steps, which the change page reuses). */

/** The categories that need a VOG in this gemeente (GET /hulpcategorieen), once loaded. */
export function useVogCategorieen(): Set<Hulpcategorie> {
  const categorieen = useHulpcategorieen();
  return new Set(categorieen.data?.categorieen.filter((c) => c.vogVerplicht).map((c) => c.code));
}

/** The categories a volunteer can choose, with a note where a VOG is needed. */
export function useCategorieOpties() {
  const { t } = useHbT();
  const vog = useVogCategorieen();
  return HULPCATEGORIE_CODES.map((code) => ({
    waarde: code,
    label: t(`hulpBieden.categorie.${code}`),
    ...(vog.has(code) ? { hint: t('hulpBieden.wat.vogNodig') } : {}),
  }));
}

export function useStraalOpties(huidig: number | null) {
  const { t } = useHbT();
  const stralen: number[] = [...STRALEN];
  if (huidig !== null && !stralen.includes(huidig)) stralen.push(huidig);
  return stralen
    .sort((a, b) => a - b)
    .map((km) => ({ waarde: km, label: t('hulpBieden.waar.km', { count: km }) }));
}

export function useMensenOpties() {
  const { t } = useHbT();
  return MAX_KOPPELINGEN.map((n) => ({
    waarde: n,
    label: t('hulpBieden.hoeVaak.mensenAantal', { count: n }),
  }));
}

export function useTaalOpties() {
  const { t } = useHbT();
  return TALEN.map((taal) => ({ waarde: taal, label: t(`loket.taal.${taal}`) }));
}

export function useSoortOpties() {
  const { t } = useHbT();
  return SOORTEN_HULP.map((soort) => ({
    waarde: soort,
    label: t(`loket.soortHulp.${soort}`),
    hint: t(`hulpBieden.soort.hint.${soort}`),
  }));
}
