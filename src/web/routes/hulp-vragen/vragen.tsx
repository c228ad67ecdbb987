import { Checkbox, FormField, FormLabel, Paragraph } from '@utrecht/component-library-react';
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
import { TextField } from '../../components/formulier/TextField.tsx';
import { type DeelT, useDeelVertaling } from '../../i18n/deelVertaling.ts';
import type { Invul } from './concept.ts';
import { Groep, Keuzes, type Optie, TekstVak, Vinkjes } from './formulier.tsx';
import { useHulpVragen } from './HulpVragenPagina.tsx';
import { type Stap, VELD } from './stappen.ts';
import { Weekrooster } from './Weekrooster.tsx';

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
      <Groep id={VELD.voorWie} legenda={kop} alsKop fout={fout(VELD.voorWie)}>
        <Keuzes
          id={VELD.voorWie}
          waarde={invul.voorWie}
          onChange={(voorWie) => zet({ voorWie })}
          fout={fout(VELD.voorWie)}
          opties={[
            { waarde: 'mijzelf', label: t('hulpVragen.voorWie.mijzelf') },
            {
              waarde: 'naaste',
              label: t('hulpVragen.voorWie.naaste'),
              hint: t('hulpVragen.voorWie.naasteHint'),
            },
          ]}
        />
      </Groep>
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
    <Groep
      id={VELD.categorieen}
      legenda={kop}
      alsKop
      hint={t('hulpVragen.wat.hint')}
      fout={fout(VELD.categorieen)}
    >
      <Vinkjes
        id={VELD.categorieen}
        opties={opties}
        waarden={invul.categorieen}
        onChange={(categorieen) => zet({ categorieen })}
        fout={fout(VELD.categorieen)}
      />
    </Groep>
  );
}

function EigenWoorden({ invul, zet, fout }: VraagProps) {
  const t = useT();
  return (
    <TekstVak
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
    <Groep id={VELD.hoeVaak} legenda={kop} alsKop fout={fout(VELD.hoeVaak)}>
      <Keuzes
        id={VELD.hoeVaak}
        waarde={invul.hoeVaak}
        onChange={(hoeVaak) => zet({ hoeVaak })}
        fout={fout(VELD.hoeVaak)}
        opties={HOE_VAAK.map((h) => ({ waarde: h, label: t(`loket.hoeVaak.${h}`) }))}
      />
    </Groep>
  );
}

function Wanneer({ invul, zet, kop }: VraagProps) {
  const t = useT();
  return (
    <Groep id={VELD.tijdvakken} legenda={kop} alsKop hint={t('hulpVragen.wanneer.hint')}>
      <Weekrooster
        id={VELD.tijdvakken}
        bijschrift={t('hulpVragen.wanneer.bijschrift')}
        waarden={invul.tijdvakken}
        onChange={(tijdvakken) => zet({ tijdvakken })}
      />
    </Groep>
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
      <Groep id={VELD.urgentie} legenda={kop} alsKop fout={fout(VELD.urgentie)}>
        <Keuzes
          id={VELD.urgentie}
          waarde={invul.urgentie}
          onChange={(urgentie) => zet({ urgentie })}
          fout={fout(VELD.urgentie)}
          opties={URGENTIES.map((u) => ({
            waarde: u,
            label: t(`loket.urgentie.${u}`),
            hint: u === 'spoed' ? t('hulpVragen.hoeSnel.spoedHint') : undefined,
          }))}
        />
      </Groep>
      <Groep
        id={VELD.zorgen}
        legenda={
          naam ? t('hulpVragen.hoeSnel.zorgenNaaste', { naam }) : t('hulpVragen.hoeSnel.zorgen')
        }
        hint={t('hulpVragen.hoeSnel.zorgenHint')}
      >
        <Keuzes
          id={VELD.zorgen}
          waarde={invul.zorgen === undefined ? undefined : invul.zorgen ? 'ja' : 'nee'}
          onChange={(w) => zet({ zorgen: w === 'ja' })}
          opties={[
            { waarde: 'nee', label: t('hulpVragen.hoeSnel.gaatWel') },
            {
              waarde: 'ja',
              label: naam
                ? t('hulpVragen.hoeSnel.zorgenJaNaaste', { naam })
                : t('hulpVragen.hoeSnel.zorgenJa'),
            },
          ]}
        />
      </Groep>
    </>
  );
}

function Voorkeuren({ invul, zet, fout }: VraagProps) {
  const t = useT();
  return (
    <>
      <Paragraph>{t('hulpVragen.voorkeuren.intro')}</Paragraph>
      <Groep id={VELD.talen} legenda={t('hulpVragen.voorkeuren.talen')} fout={fout(VELD.talen)}>
        <Vinkjes
          id={VELD.talen}
          opties={TALEN.map((taal) => ({ waarde: taal, label: t(`loket.taal.${taal}`) }))}
          waarden={invul.talen}
          onChange={(talen) => zet({ talen })}
          fout={fout(VELD.talen)}
        />
      </Groep>
      <Groep id="geslacht" legenda={t('hulpVragen.voorkeuren.geslacht')}>
        <Keuzes
          id="geslacht"
          waarde={invul.geslacht}
          onChange={(geslacht) => zet({ geslacht })}
          opties={GESLACHT_VOORKEUREN.map((g) => ({ waarde: g, label: t(`loket.geslacht.${g}`) }))}
        />
      </Groep>
      <FormField type="checkbox" className="kring-hv-optie">
        <Checkbox
          id="zelfde-leeftijd"
          checked={invul.zelfdeLeeftijd}
          onChange={() => zet({ zelfdeLeeftijd: !invul.zelfdeLeeftijd })}
        />
        <FormLabel htmlFor="zelfde-leeftijd" type="checkbox">
          {t('hulpVragen.voorkeuren.leeftijd')}
        </FormLabel>
      </FormField>
    </>
  );
}

function GaatGoed({ invul, zet, fout }: VraagProps) {
  const t = useT();
  const { eerder } = useHulpVragen();
  return (
    <>
      <Eerder tekst={eerder?.gaatGoed} />
      <TekstVak
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
      <Groep
        id={VELD.kanBieden}
        legenda={t('hulpVragen.voorEenAnder.legenda')}
        fout={fout(VELD.kanBieden)}
      >
        <Vinkjes
          id={VELD.kanBieden}
          opties={opties}
          waarden={invul.kanBieden}
          onChange={(kanBieden) => zet({ kanBieden })}
          fout={fout(VELD.kanBieden)}
        />
      </Groep>
      <TekstVak
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
      <TekstVak
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
