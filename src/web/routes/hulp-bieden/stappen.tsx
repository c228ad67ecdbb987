import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { type ComponentType, useEffect, useRef, useState } from 'react';
import { VOG_STATUSSEN } from '../../../shared/loket.ts';
import { useBekendContact } from '../../api/hulpaanbod.ts';
import { Weekrooster } from '../../components/formulier/Weekrooster.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { type Concept, type Geslacht, idVan, type Stap, type Veld } from './concept.ts';
import { DatumVeld, Invoerveld, KeuzeGroep, Tekstvak, useHbT } from './onderdelen.tsx';
import {
  useCategorieOpties,
  useMensenOpties,
  useSoortOpties,
  useStraalOpties,
  useTaalOpties,
  useVogCategorieen,
} from './opties.ts';

/** What a step's content gets from its page: the draft, a way to change it, the errors. */
export interface StapInhoudProps {
  concept: Concept;
  wijzig: (deel: Partial<Concept>) => void;
  fout: (veld: Veld) => string | undefined;
  /**
   * The step is a page of the sign-up (the default): its question is the page's h1, with
   * what a newcomer needs to know. False on the change page, which asks several steps'
   * questions at once under its own h1, without those introductions.
   */
  alsStap?: boolean;
}

function Wat({ concept, wijzig, fout, alsStap = true }: StapInhoudProps) {
  const { t } = useHbT();
  return (
    <KeuzeGroep
      id={idVan('categorieen')}
      soort="checkbox"
      legend={t('hulpBieden.stap.wat')}
      alsKop={alsStap}
      hint={alsStap ? t('hulpBieden.wat.hint') : undefined}
      fout={fout('categorieen')}
      opties={useCategorieOpties()}
      gekozen={concept.categorieen}
      onChange={(categorieen) => wijzig({ categorieen })}
    />
  );
}

function Waar({ concept, wijzig, fout, alsStap = true }: StapInhoudProps) {
  const { t } = useHbT();
  return (
    <>
      {alsStap ? (
        <>
          <PageHeading>{t('hulpBieden.stap.waar')}</PageHeading>
          <Paragraph>{t('hulpBieden.waar.intro')}</Paragraph>
        </>
      ) : null}
      <Invoerveld
        id={idVan('postcode')}
        label={t('hulpBieden.waar.postcode')}
        hint={t('hulpBieden.waar.postcodeHint')}
        fout={fout('postcode')}
        waarde={concept.postcode}
        onChange={(postcode) => wijzig({ postcode })}
        breedte="midden"
        autoComplete="postal-code"
      />
      <KeuzeGroep
        id={idVan('straalKm')}
        soort="radio"
        legend={t('hulpBieden.waar.straal')}
        hint={t('hulpBieden.waar.straalHint')}
        fout={fout('straalKm')}
        opties={useStraalOpties(concept.straalKm)}
        gekozen={concept.straalKm === null ? [] : [concept.straalKm]}
        onChange={([straalKm]) => wijzig({ straalKm: straalKm ?? null })}
      />
    </>
  );
}

function Wanneer({ concept, wijzig, fout, alsStap = true }: StapInhoudProps) {
  const { t } = useHbT();
  return (
    <Weekrooster
      id={idVan('tijdvakken')}
      legend={t('hulpBieden.stap.wanneer')}
      alsKop={alsStap}
      hint={t('hulpBieden.wanneer.hint')}
      fout={fout('tijdvakken')}
      gekozen={concept.tijdvakken}
      onChange={(tijdvakken) => wijzig({ tijdvakken })}
    />
  );
}

function HoeVaak({ concept, wijzig, fout, alsStap = true }: StapInhoudProps) {
  const { t } = useHbT();
  return (
    <>
      {alsStap ? <PageHeading>{t('hulpBieden.stap.hoe-vaak')}</PageHeading> : null}
      <Invoerveld
        id={idVan('urenPerWeek')}
        label={t('hulpBieden.hoeVaak.uren')}
        hint={t('hulpBieden.hoeVaak.urenHint')}
        fout={fout('urenPerWeek')}
        waarde={concept.urenPerWeek}
        onChange={(urenPerWeek) => wijzig({ urenPerWeek })}
        breedte="kort"
        inputMode="numeric"
      />
      <KeuzeGroep
        id={idVan('maxKoppelingen')}
        soort="radio"
        legend={t('hulpBieden.hoeVaak.mensen')}
        hint={alsStap ? t('hulpBieden.hoeVaak.mensenHint') : undefined}
        fout={fout('maxKoppelingen')}
        opties={useMensenOpties()}
        gekozen={[concept.maxKoppelingen]}
        onChange={([maxKoppelingen]) => wijzig({ maxKoppelingen: maxKoppelingen ?? 1 })}
      />
    </>
  );
}

function Talen({ concept, wijzig, fout, alsStap = true }: StapInhoudProps) {
  const { t } = useHbT();
  return (
    <KeuzeGroep
      id={idVan('talen')}
      soort="checkbox"
      legend={t('hulpBieden.stap.talen')}
      alsKop={alsStap}
      hint={alsStap ? t('hulpBieden.talen.hint') : undefined}
      fout={fout('talen')}
      opties={useTaalOpties()}
      gekozen={concept.talen}
      onChange={(talen) => wijzig({ talen })}
    />
  );
}

function Soort({ concept, wijzig, fout, alsStap = true }: StapInhoudProps) {
  const { t } = useHbT();
  return (
    <KeuzeGroep
      id={idVan('soort')}
      soort="radio"
      legend={t('hulpBieden.stap.soort')}
      alsKop={alsStap}
      fout={fout('soort')}
      opties={useSoortOpties()}
      gekozen={concept.soort ? [concept.soort] : []}
      onChange={([soort]) => wijzig({ soort: soort ?? null })}
    />
  );
}

function Vog({ concept, wijzig, fout }: StapInhoudProps) {
  const { t } = useHbT();
  const vog = useVogCategorieen();
  const nodig = concept.categorieen.filter((c) => vog.has(c));
  return (
    <>
      <PageHeading>{t('hulpBieden.stap.vog')}</PageHeading>
      <Paragraph>{t('hulpBieden.vog.wat')}</Paragraph>
      <Paragraph>{t('hulpBieden.vog.waarom')}</Paragraph>
      {nodig.length > 0 ? (
        <>
          <Paragraph>{t('hulpBieden.vog.nodigVoor')}</Paragraph>
          <UnorderedList>
            {nodig.map((c) => (
              <UnorderedListItem key={c}>{t(`hulpBieden.categorie.${c}`)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : (
        <Paragraph>{t('hulpBieden.vog.nietNodig')}</Paragraph>
      )}
      <Paragraph>{t('hulpBieden.vog.hulp')}</Paragraph>
      <KeuzeGroep
        id={idVan('vogStatus')}
        soort="radio"
        legend={t('hulpBieden.vog.status')}
        fout={fout('vogStatus')}
        opties={VOG_STATUSSEN.map((s) => ({ waarde: s, label: t(`loket.vogStatus.${s}`) }))}
        gekozen={concept.vogStatus ? [concept.vogStatus] : []}
        onChange={([vogStatus]) => wijzig({ vogStatus: vogStatus ?? null })}
      />
      {concept.vogStatus === 'ontvangen' ? (
        <DatumVeld
          id={idVan('vogDatum')}
          legend={t('hulpBieden.vog.datum')}
          hint={t('hulpBieden.vog.datumHint')}
          fout={fout('vogDatum')}
          dag={concept.vogDag}
          maand={concept.vogMaand}
          jaar={concept.vogJaar}
          onChange={(deel) =>
            wijzig({
              ...(deel.dag !== undefined ? { vogDag: deel.dag } : {}),
              ...(deel.maand !== undefined ? { vogMaand: deel.maand } : {}),
              ...(deel.jaar !== undefined ? { vogJaar: deel.jaar } : {}),
            })
          }
        />
      ) : null}
    </>
  );
}

const GESLACHTEN = ['vrouw', 'man', 'anders', 'geen'] as const;

function OverU({ concept, wijzig, fout }: StapInhoudProps) {
  const { t } = useHbT();
  return (
    <>
      <PageHeading>{t('hulpBieden.stap.over-u')}</PageHeading>
      <Paragraph>{t('hulpBieden.overU.intro')}</Paragraph>
      <KeuzeGroep
        id={idVan('geslacht')}
        soort="radio"
        legend={t('hulpBieden.overU.geslacht')}
        hint={t('hulpBieden.overU.geslachtHint')}
        fout={fout('geslacht')}
        opties={GESLACHTEN.map((g) => ({ waarde: g, label: t(`hulpBieden.overU.optie.${g}`) }))}
        gekozen={concept.geslacht ? [concept.geslacht] : []}
        onChange={([g]) => wijzig({ geslacht: g === 'geen' || !g ? '' : (g as Geslacht) })}
      />
      <Invoerveld
        id={idVan('geboortejaar')}
        label={t('hulpBieden.overU.geboortejaar')}
        hint={t('hulpBieden.overU.geboortejaarHint')}
        fout={fout('geboortejaar')}
        waarde={concept.geboortejaar}
        onChange={(geboortejaar) => wijzig({ geboortejaar })}
        breedte="midden"
        inputMode="numeric"
        autoComplete="bday-year"
      />
      <Tekstvak
        id={idVan('toelichting')}
        label={t('hulpBieden.overU.toelichting')}
        hint={t('hulpBieden.overU.toelichtingHint')}
        fout={fout('toelichting')}
        waarde={concept.toelichting}
        onChange={(toelichting) => wijzig({ toelichting })}
      />
    </>
  );
}

function Contact({ concept, wijzig, fout }: StapInhoudProps) {
  const { t } = useHbT();
  // Tell once: a phone number Kring already has is filled in (once, when the field is
  // empty on arrival), not asked again.
  const [aanvullen] = useState(() => !concept.telefoonnummer);
  const bekend = useBekendContact(aanvullen).data?.contact.telefoonnummer;
  const aangevuld = useRef(false);
  useEffect(() => {
    if (!aanvullen || !bekend || aangevuld.current) return;
    aangevuld.current = true;
    wijzig({ telefoonnummer: bekend });
  }, [aanvullen, bekend, wijzig]);
  return (
    <>
      <PageHeading>{t('hulpBieden.stap.contact')}</PageHeading>
      <Paragraph>{t('hulpBieden.contact.uitleg')}</Paragraph>
      <Invoerveld
        id={idVan('telefoonnummer')}
        label={t('hulpBieden.contact.telefoon')}
        hint={t('hulpBieden.contact.telefoonHint')}
        fout={fout('telefoonnummer')}
        waarde={concept.telefoonnummer}
        onChange={(telefoonnummer) => wijzig({ telefoonnummer })}
        inputMode="tel"
        autoComplete="tel"
      />
    </>
  );
}

export const STAP_INHOUD: Record<Stap, ComponentType<StapInhoudProps>> = {
  wat: Wat,
  waar: Waar,
  wanneer: Wanneer,
  'hoe-vaak': HoeVaak,
  talen: Talen,
  soort: Soort,
  vog: Vog,
  'over-u': OverU,
  contact: Contact,
};
