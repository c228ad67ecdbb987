import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import {
  GESLACHT_VOORKEUREN,
  HOE_VAAK,
  HULPCATEGORIEEN,
  type Hulpcategorie,
  TALEN,
  URGENTIES,
} from '../../../shared/loket.ts';
import { useHulpcategorieen } from '../../api/hulpvragen.ts';
import { KeuzeGroep, Keuzes, type Optie } from '../../components/formulier/KeuzeGroep.tsx';
import { Tekstvak } from '../../components/formulier/Tekstvak.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { Weekrooster } from '../../components/formulier/Weekrooster.tsx';
import { type DeelT, useDeelVertaling } from '../../i18n/deelVertaling.ts';
import type { Invul } from './concept.ts';
import { useHulpVragen } from './HulpVragenPagina.tsx';
import { type Stap, VELD } from './stappen.ts';

type T = DeelT<'hulpVragen' | 'loket'>;

export interface VraagProps {
  invul: Invul;
  zet: (deel: Partial<Invul>) => void;
  fout: (veld: string) => string | undefined;
  kop: string;
}

interface Vraag {
  kop: (t: DeelT<'hulpVragen'>, invul: Invul) => string;
  /** The page asks one thing: the question is the legend of its group (and the h1). */
  kopInLegenda?: boolean;
  /** Where a general problem (saving failed) points to. */
  eersteVeld: string;
  Velden: (props: VraagProps) => ReactNode;
}

/** A radio group's choice as the list KeuzeGroep takes: none or one. */
const een = <T extends string>(waarde: T | undefined): T[] =>
  waarde === undefined ? [] : [waarde];

/** For someone else: the questions name that person. */
const voor = (invul: Invul) =>
  invul.voorWie === 'naaste' && invul.naasteNaam.trim() ? invul.naasteNaam.trim() : null;

function useT(): T {
  return useDeelVertaling<'hulpVragen' | 'loket'>().t;
}

/** The categories in this gemeente's order; the shared list while it loads or fails. */
function useCategorieOpties(): Optie<Hulpcategorie>[] {
  const t = useT();
  const lijst = useHulpcategorieen();
  const codes = lijst.data?.categorieen.map((c) => c.code) ?? HULPCATEGORIEEN.map((c) => c.code);
  return codes.map((code) => ({ waarde: code, label: t(`loket.categorie.${code}`) }));
}

/** "U vertelde ons eerder …": what the resident told before, to keep or change. */
function Eerder({ tekst }: { tekst: string | undefined }) {
  const t = useT();
  if (!tekst?.trim()) return null;
  return (
    <div className="kring-hv-eerder">
      <Paragraph>{t('hulpVragen.eerder.intro')}</Paragraph>
      <blockquote lang="nl" className="utrecht-blockquote kring-hv-citaat">
        <Paragraph>{tekst}</Paragraph>
      </blockquote>
      <Paragraph>{t('hulpVragen.eerder.wijzigen')}</Paragraph>
    </div>
  );
}

function VoorWie({ invul, zet, fout, kop }: VraagProps) {
  const t = useT();
  return (
    <>
      <KeuzeGroep
        id={VELD.voorWie}
        soort="radio"
        legend={kop}
        alsKop
        fout={fout(VELD.voorWie)}
        opties={[
          { waarde: 'mijzelf', label: t('hulpVragen.voorWie.mijzelf') },
          {
            waarde: 'naaste',
            label: t('hulpVragen.voorWie.naaste'),
            hint: t('hulpVragen.voorWie.naasteHint'),
          },
        ]}
        gekozen={een(invul.voorWie)}
        onChange={([voorWie]) => zet({ voorWie })}
      />
      {invul.voorWie === 'naaste' ? (
        <div className="kring-hv-erbij">
          <TextField
            id={VELD.naasteNaam}
            label={t('hulpVragen.voorWie.naam')}
            value={invul.naasteNaam}
            onChange={(naasteNaam) => zet({ naasteNaam })}
            error={fout(VELD.naasteNaam)}
            autoComplete="off"
          />
          <TextField
            id={VELD.naasteRelatie}
            label={t('hulpVragen.voorWie.relatie')}
            description={t('hulpVragen.voorWie.relatieHint')}
            value={invul.naasteRelatie}
            onChange={(naasteRelatie) => zet({ naasteRelatie })}
            error={fout(VELD.naasteRelatie)}
            autoComplete="off"
          />
        </div>
      ) : null}
    </>
  );
}

function Wat({ invul, zet, fout, kop }: VraagProps) {
  const t = useT();
  const opties = useCategorieOpties();
  return (
    <KeuzeGroep
      id={VELD.categorieen}
      soort="checkbox"
      legend={kop}
      alsKop
      hint={t('hulpVragen.wat.hint')}
      fout={fout(VELD.categorieen)}
      opties={opties}
      gekozen={invul.categorieen}
      onChange={(categorieen) => zet({ categorieen })}
    />
  );
}

function EigenWoorden({ invul, zet, fout }: VraagProps) {
  const t = useT();
  return (
    <Tekstvak
      id={VELD.omschrijving}
      label={t('hulpVragen.eigenWoorden.label')}
      hint={t('hulpVragen.eigenWoorden.hint')}
      waarde={invul.omschrijving}
      onChange={(omschrijving) => zet({ omschrijving })}
      fout={fout(VELD.omschrijving)}
    />
  );
}

function HoeVaak({ invul, zet, fout, kop }: VraagProps) {
  const t = useT();
  return (
    <KeuzeGroep
      id={VELD.hoeVaak}
      soort="radio"
      legend={kop}
      alsKop
      fout={fout(VELD.hoeVaak)}
      opties={HOE_VAAK.map((h) => ({ waarde: h, label: t(`loket.hoeVaak.${h}`) }))}
      gekozen={een(invul.hoeVaak)}
      onChange={([hoeVaak]) => zet({ hoeVaak })}
    />
  );
}

function Wanneer({ invul, zet, kop }: VraagProps) {
  const t = useT();
  return (
    <Weekrooster
      id={VELD.tijdvakken}
      legend={kop}
      alsKop
      hint={t('hulpVragen.wanneer.hint')}
      bijschrift={t('hulpVragen.wanneer.bijschrift')}
      gekozen={invul.tijdvakken}
      onChange={(tijdvakken) => zet({ tijdvakken })}
    />
  );
}

function Waar({ invul, zet, fout }: VraagProps) {
  const t = useT();
  return (
    <TextField
      id={VELD.postcode}
      label={t('hulpVragen.waar.label')}
      description={t('hulpVragen.waar.hint')}
      value={invul.postcode}
      onChange={(postcode) => zet({ postcode })}
      error={fout(VELD.postcode)}
      autoComplete={voor(invul) ? 'off' : 'postal-code'}
      spellCheck={false}
    />
  );
}

function HoeSnel({ invul, zet, fout, kop }: VraagProps) {
  const t = useT();
  const naam = voor(invul);
  return (
    <>
      <KeuzeGroep
        id={VELD.urgentie}
        soort="radio"
        legend={kop}
        alsKop
        fout={fout(VELD.urgentie)}
        opties={URGENTIES.map((u) => ({
          waarde: u,
          label: t(`loket.urgentie.${u}`),
          hint: u === 'spoed' ? t('hulpVragen.hoeSnel.spoedHint') : undefined,
        }))}
        gekozen={een(invul.urgentie)}
        onChange={([urgentie]) => zet({ urgentie })}
      />
      <KeuzeGroep
        id={VELD.zorgen}
        soort="radio"
        legend={
          naam ? t('hulpVragen.hoeSnel.zorgenNaaste', { naam }) : t('hulpVragen.hoeSnel.zorgen')
        }
        hint={t('hulpVragen.hoeSnel.zorgenHint')}
        opties={[
          { waarde: 'nee', label: t('hulpVragen.hoeSnel.gaatWel') },
          {
            waarde: 'ja',
            label: naam
              ? t('hulpVragen.hoeSnel.zorgenJaNaaste', { naam })
              : t('hulpVragen.hoeSnel.zorgenJa'),
          },
        ]}
        gekozen={invul.zorgen === undefined ? [] : [invul.zorgen ? 'ja' : 'nee']}
        onChange={([w]) => zet({ zorgen: w === 'ja' })}
      />
    </>
  );
}

function Voorkeuren({ invul, zet, fout }: VraagProps) {
  const t = useT();
  return (
    <>
      <Paragraph>{t('hulpVragen.voorkeuren.intro')}</Paragraph>
      <KeuzeGroep
        id={VELD.talen}
        soort="checkbox"
        legend={t('hulpVragen.voorkeuren.talen')}
        fout={fout(VELD.talen)}
        opties={TALEN.map((taal) => ({ waarde: taal, label: t(`loket.taal.${taal}`) }))}
        gekozen={invul.talen}
        onChange={(talen) => zet({ talen })}
      />
      <KeuzeGroep
        id="geslacht"
        soort="radio"
        legend={t('hulpVragen.voorkeuren.geslacht')}
        opties={GESLACHT_VOORKEUREN.map((g) => ({ waarde: g, label: t(`loket.geslacht.${g}`) }))}
        gekozen={[invul.geslacht]}
        onChange={([geslacht]) => geslacht && zet({ geslacht })}
      />
      <Keuzes
        id="zelfde-leeftijd"
        soort="checkbox"
        opties={[{ waarde: 'ja', label: t('hulpVragen.voorkeuren.leeftijd') }]}
        gekozen={invul.zelfdeLeeftijd ? ['ja'] : []}
        onChange={(gekozen) => zet({ zelfdeLeeftijd: gekozen.length > 0 })}
      />
    </>
  );
}

function GaatGoed({ invul, zet, fout }: VraagProps) {
  const t = useT();
  const { eerder } = useHulpVragen();
  return (
    <>
      <Eerder tekst={eerder?.gaatGoed} />
      <Tekstvak
        id={VELD.gaatGoed}
        label={t('hulpVragen.antwoord')}
        hint={t('hulpVragen.gaatGoed.hint')}
        waarde={invul.gaatGoed}
        onChange={(gaatGoed) => zet({ gaatGoed })}
        fout={fout(VELD.gaatGoed)}
      />
    </>
  );
}

function VoorEenAnder({ invul, zet, fout }: VraagProps) {
  const t = useT();
  const { eerder } = useHulpVragen();
  const opties = useCategorieOpties();
  const eerdere = [
    ...(eerder?.kanBieden ?? []).map((c) => t(`loket.categorie.${c}`)),
    ...(eerder?.kanBiedenToelichting ? [eerder.kanBiedenToelichting] : []),
  ].join('. ');
  return (
    <>
      <Paragraph>{t('hulpVragen.voorEenAnder.intro')}</Paragraph>
      <Eerder tekst={eerdere} />
      <KeuzeGroep
        id={VELD.kanBieden}
        soort="checkbox"
        legend={t('hulpVragen.voorEenAnder.legenda')}
        fout={fout(VELD.kanBieden)}
        opties={opties}
        gekozen={invul.kanBieden}
        onChange={(kanBieden) => zet({ kanBieden })}
      />
      <Tekstvak
        id={VELD.kanBiedenToelichting}
        label={t('hulpVragen.voorEenAnder.toelichting')}
        hint={t('hulpVragen.voorEenAnder.toelichtingHint')}
        waarde={invul.kanBiedenToelichting}
        onChange={(kanBiedenToelichting) => zet({ kanBiedenToelichting })}
        fout={fout(VELD.kanBiedenToelichting)}
        rijen={3}
      />
    </>
  );
}

function DoetGraag({ invul, zet, fout }: VraagProps) {
  const t = useT();
  const { eerder } = useHulpVragen();
  return (
    <>
      <Eerder tekst={eerder?.doetGraag} />
      <Tekstvak
        id={VELD.doetGraag}
        label={t('hulpVragen.antwoord')}
        hint={t('hulpVragen.doetGraag.hint')}
        waarde={invul.doetGraag}
        onChange={(doetGraag) => zet({ doetGraag })}
        fout={fout(VELD.doetGraag)}
        rijen={3}
      />
    </>
  );
}

function Contact({ invul, zet, fout }: VraagProps) {
  const t = useT();
  const { ingelogd } = useHulpVragen();
  const naam = voor(invul);
  return (
    <>
      <Paragraph>
        {naam ? t('hulpVragen.contact.introNaaste', { naam }) : t('hulpVragen.contact.intro')}
      </Paragraph>
      {ingelogd ? <Paragraph>{t('hulpVragen.contact.ingevuld')}</Paragraph> : null}
      <TextField
        id={VELD.telefoonnummer}
        label={t('hulpVragen.contact.telefoon')}
        description={t('hulpVragen.contact.telefoonHint')}
        value={invul.telefoonnummer}
        onChange={(telefoonnummer) => zet({ telefoonnummer })}
        error={fout(VELD.telefoonnummer)}
        autoComplete="tel"
        inputMode="tel"
      />
      <TextField
        id={VELD.eMailadres}
        type="email"
        label={t('hulpVragen.contact.email')}
        value={invul.eMailadres}
        onChange={(eMailadres) => zet({ eMailadres })}
        error={fout(VELD.eMailadres)}
        autoComplete="email"
        spellCheck={false}
      />
    </>
  );
}

/** Every question: its heading (naming the person it is for) and its fields. */
export const VRAGEN: Record<Stap, Vraag> = {
  'voor-wie': {
    kop: (t) => t('hulpVragen.voorWie.kop'),
    kopInLegenda: true,
    eersteVeld: VELD.voorWie,
    Velden: VoorWie,
  },
  wat: {
    kop: (t, i) =>
      voor(i) ? t('hulpVragen.wat.kopNaaste', { naam: voor(i) }) : t('hulpVragen.wat.kop'),
    kopInLegenda: true,
    eersteVeld: VELD.categorieen,
    Velden: Wat,
  },
  'eigen-woorden': {
    kop: (t) => t('hulpVragen.eigenWoorden.kop'),
    eersteVeld: VELD.omschrijving,
    Velden: EigenWoorden,
  },
  'hoe-vaak': {
    kop: (t) => t('hulpVragen.hoeVaak.kop'),
    kopInLegenda: true,
    eersteVeld: VELD.hoeVaak,
    Velden: HoeVaak,
  },
  wanneer: {
    kop: (t) => t('hulpVragen.wanneer.kop'),
    kopInLegenda: true,
    eersteVeld: VELD.tijdvakken,
    Velden: Wanneer,
  },
  waar: {
    kop: (t, i) =>
      voor(i) ? t('hulpVragen.waar.kopNaaste', { naam: voor(i) }) : t('hulpVragen.waar.kop'),
    eersteVeld: VELD.postcode,
    Velden: Waar,
  },
  'hoe-snel': {
    kop: (t) => t('hulpVragen.hoeSnel.kop'),
    kopInLegenda: true,
    eersteVeld: VELD.urgentie,
    Velden: HoeSnel,
  },
  voorkeuren: {
    kop: (t) => t('hulpVragen.voorkeuren.kop'),
    eersteVeld: VELD.talen,
    Velden: Voorkeuren,
  },
  'gaat-goed': {
    kop: (t) => t('hulpVragen.gaatGoed.kop'),
    eersteVeld: VELD.gaatGoed,
    Velden: GaatGoed,
  },
  'voor-een-ander': {
    kop: (t) => t('hulpVragen.voorEenAnder.kop'),
    eersteVeld: VELD.kanBieden,
    Velden: VoorEenAnder,
  },
  'doet-graag': {
    kop: (t) => t('hulpVragen.doetGraag.kop'),
    eersteVeld: VELD.doetGraag,
    Velden: DoetGraag,
  },
  contact: {
    kop: (t) => t('hulpVragen.contact.kop'),
    eersteVeld: VELD.telefoonnummer,
    Velden: Contact,
  },
};
