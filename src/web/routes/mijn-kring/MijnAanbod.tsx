import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { type Aanbod, useMijnHulpaanbod } from '../../api/mijnKring.ts';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { DeelSkeleton } from '../hulp-vragen/formulier.tsx';
import { tijdvakkenInWoorden } from '../hulp-vragen/WatGebeurtEr.tsx';
import { Kaart, Laadfout, useTijd } from './onderdelen.tsx';

/** One offer, read-only; "Wijzigen" opens its own page. */
function AanbodKaart({ a }: { a: Aanbod }) {
  const { t, i18n } = useDeelVertaling<'mijnKring' | 'loket'>();
  const { datum } = useTijd();
  const lijst = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  const rijen: [string, string][] = [
    [t('mijnKring.aanbod.status'), t(`loket.aanbodStatus.${a.status}`)],
    [t('mijnKring.aanbod.wat'), a.categorieen.map((c) => t(`loket.categorie.${c}`)).join(', ')],
    [
      t('mijnKring.aanbod.waar'),
      t('mijnKring.aanbod.straal', { postcode: a.postcode, km: a.straalKm }),
    ],
    [
      t('mijnKring.aanbod.wanneer'),
      tijdvakkenInWoorden(a.tijdvakken, t, i18n.language) || t('mijnKring.aanbod.geenTijd'),
    ],
    [t('mijnKring.aanbod.uren'), t('mijnKring.aanbod.perWeek', { count: a.urenPerWeek })],
    [t('mijnKring.aanbod.talen'), lijst.format(a.talen.map((taal) => t(`loket.taal.${taal}`)))],
    [t('mijnKring.aanbod.soort'), t(`loket.soortHulp.${a.soort}`)],
    [t('mijnKring.aanbod.vog'), t(`loket.vogStatus.${a.vogStatus}`)],
  ];
  const kop = t('mijnKring.aanbod.kop', { datum: datum(a.aangemeldOp) });
  return (
    <Kaart id={`aanbod-${a.id}`} kop={kop}>
      <DataList appearance="rows">
        {rijen.map(([sleutel, waarde]) => (
          <DataListItem key={sleutel}>
            <DataListKey>{sleutel}</DataListKey>
            <DataListValue>{waarde}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      {a.status === 'afgewezen' && a.beoordeling?.reden ? (
        <Paragraph>
          {t('mijnKring.aanbod.reden')} <span lang="nl">{a.beoordeling.reden}</span>
        </Paragraph>
      ) : null}
      <Paragraph>
        <RouterLink to={`/mijn-kring/aanbod/${a.id}`}>
          {t('mijnKring.aanbod.wijzigen')}
          <span className="kring-visually-hidden"> {kop.toLocaleLowerCase()}</span>
        </RouterLink>
      </Paragraph>
    </Kaart>
  );
}

/** What the resident offers others (hulpvrager = hulpverlener), and a way to offer help. */
export function MijnAanbod() {
  const { t } = useDeelVertaling<'mijnKring'>();
  const lijst = useMijnHulpaanbod();
  return (
    <section aria-labelledby="mk-aanbod" id="aanbod">
      <Heading2 id="mk-aanbod">{t('mijnKring.aanbod.heading')}</Heading2>
      {lijst.isPending ? <DeelSkeleton /> : null}
      {lijst.isError ? <Laadfout error={lijst.error} onRetry={() => void lijst.refetch()} /> : null}
      {lijst.data?.aanbod.length === 0 ? <Paragraph>{t('mijnKring.aanbod.geen')}</Paragraph> : null}
      {lijst.data?.aanbod.map((a) => (
        <AanbodKaart key={a.id} a={a} />
      ))}
      <Paragraph>
        <RouterLink to="/hulp-bieden">{t('mijnKring.aanbod.bieden')}</RouterLink>
      </Paragraph>
    </section>
  );
}
