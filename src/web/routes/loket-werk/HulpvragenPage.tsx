import {
  Button,
  Fieldset,
  FieldsetLegend,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ROUTES, type Route } from '../../../shared/loket.ts';
import {
  useWerkvoorraad,
  type WerkvoorraadItem,
  type WerkvoorraadStatus,
} from '../../api/loketWerk.ts';
import { RouterLink } from '../../components/RouterLink.tsx';
import { Keuzelijst, Lijst, LijstPagina, useDatum, useLwT, vandaag } from './onderdelen.tsx';

const KOLOMMEN = [
  'naam',
  'onderwerpen',
  'levensdomeinen',
  'signalen',
  'route',
  'status',
  'ingediend',
  'reageerVoor',
  'behandelaar',
] as const;

const STATUSSEN: WerkvoorraadStatus[] = ['open', 'in-matching', 'alle'];
const OPEN = new Set(['ingediend', 'in-behandeling']);

const isRoute = (v: string | null): v is Route => (ROUTES as readonly string[]).includes(v ?? '');
const isStatus = (v: string | null): v is WerkvoorraadStatus =>
  (STATUSSEN as readonly string[]).includes(v ?? '');

/** "Reageer vóór": the date, and in words when it is today or past (not by colour alone). */
export function ReageerVoor({ item }: { item: WerkvoorraadItem }) {
  const { t } = useLwT();
  const { dag } = useDatum();
  const open = OPEN.has(item.status);
  const nu = vandaag();
  return (
    <>
      {dag(item.reactieVoor)}
      {open && item.reactieVoor < nu ? (
        <>
          {' '}
          <span className="kring-lw-te-laat">{t('loketWerk.hulpvragen.teLaat')}</span>
        </>
      ) : open && item.reactieVoor === nu ? (
        <>
          {' '}
          <span className="kring-lw-signaal">{t('loketWerk.hulpvragen.vandaag')}</span>
        </>
      ) : null}
    </>
  );
}

/** Spoed and zorgen, the signs that sent a request to the wijkteam, in words. */
export function Signalen({ item }: { item: WerkvoorraadItem }) {
  const { t } = useLwT();
  const signalen = [
    item.antwoorden.urgentie === 'spoed' ? t('loketWerk.hulpvragen.spoed') : null,
    item.antwoorden.urgentie === 'binnen-een-week' ? t('loketWerk.hulpvragen.binnenWeek') : null,
    item.antwoorden.zorgen ? t('loketWerk.hulpvragen.zorgen') : null,
  ].filter((s): s is string => s !== null);
  if (signalen.length === 0) return <>{t('loketWerk.hulpvragen.geenSignalen')}</>;
  return <span className="kring-lw-signaal">{signalen.join(', ')}</span>;
}

function Rij({ item }: { item: WerkvoorraadItem }) {
  const { t } = useLwT();
  const { moment } = useDatum();
  return (
    <TableRow>
      <TableHeaderCell scope="row">
        <RouterLink to={`/werkplek/loket/hulpvragen/${item.id}`}>{item.naam}</RouterLink>
      </TableHeaderCell>
      <TableCell>
        <ul className="kring-lw-lijst">
          {(item.antwoorden.categorieen ?? []).map((c) => (
            <li key={c}>{t(`loket.categorie.${c}`)}</li>
          ))}
        </ul>
      </TableCell>
      <TableCell>
        {item.levensdomeinen.map((d) => t(`loket.levensdomein.${d}`)).join(', ')}
      </TableCell>
      <TableCell>
        <Signalen item={item} />
      </TableCell>
      <TableCell>{t(`loketWerk.route.${item.route}`)}</TableCell>
      <TableCell>{t(`loketWerk.status.${item.status}`)}</TableCell>
      <TableCell>{moment(item.ingediendOp)}</TableCell>
      <TableCell>
        <ReageerVoor item={item} />
      </TableCell>
      <TableCell>{item.behandelaar?.naam ?? t('loketWerk.hulpvragen.niemand')}</TableCell>
    </TableRow>
  );
}

function Filter({
  route,
  status,
  onKies,
}: {
  route: Route | undefined;
  status: WerkvoorraadStatus;
  onKies: (route: Route | undefined, status: WerkvoorraadStatus) => void;
}) {
  const { t } = useLwT();
  const [r, setR] = useState<string>(route ?? 'alle');
  const [s, setS] = useState<WerkvoorraadStatus>(status);
  const toon = (event: FormEvent) => {
    event.preventDefault();
    onKies(isRoute(r) ? r : undefined, s);
  };
  return (
    <form onSubmit={toon}>
      <Fieldset className="kring-lw-filtergroep">
        <FieldsetLegend>{t('loketWerk.hulpvragen.filter')}</FieldsetLegend>
        <div className="kring-lw-filter">
          <Keuzelijst
            id="lw-route"
            label={t('loketWerk.hulpvragen.routeLabel')}
            waarde={r}
            opties={[
              { waarde: 'alle', label: t('loketWerk.hulpvragen.alleRoutes') },
              ...ROUTES.map((x) => ({ waarde: x, label: t(`loketWerk.route.${x}`) })),
            ]}
            onChange={setR}
          />
          <Keuzelijst
            id="lw-status"
            label={t('loketWerk.hulpvragen.statusLabel')}
            waarde={s}
            opties={STATUSSEN.map((x) => ({
              waarde: x,
              label: t(`loketWerk.hulpvragen.statusFilter.${x}`),
            }))}
            onChange={setS}
          />
          <Button type="submit" appearance="secondary-action-button">
            {t('loketWerk.hulpvragen.toon')}
          </Button>
        </div>
      </Fieldset>
    </form>
  );
}

function Werkvoorraad() {
  const { t } = useLwT();
  const [zoek, setZoek] = useSearchParams();
  const route = isRoute(zoek.get('route')) ? (zoek.get('route') as Route) : undefined;
  const status = isStatus(zoek.get('status')) ? (zoek.get('status') as WerkvoorraadStatus) : 'open';
  const lijst = useWerkvoorraad(route, status);
  const items = lijst.data?.hulpvragen ?? [];
  return (
    <>
      <Filter
        key={`${route ?? 'alle'}-${status}`}
        route={route}
        status={status}
        onKies={(r, s) => {
          const nieuw = new URLSearchParams();
          if (r) nieuw.set('route', r);
          if (s !== 'open') nieuw.set('status', s);
          setZoek(nieuw);
        }}
      />
      <Lijst
        id="lw-lijst"
        soort="hulpvragen"
        kop={t('loketWerk.hulpvragen.lijst', {
          route: route ? t(`loketWerk.route.${route}`) : t('loketWerk.hulpvragen.alleRoutes'),
          status: t(`loketWerk.hulpvragen.statusFilter.${status}`),
        })}
        lijst={lijst}
        aantal={items.length}
        kolommen={KOLOMMEN.map((k) => t(`loketWerk.hulpvragen.kolom.${k}`))}
      >
        {items.map((item) => (
          <Rij key={item.id} item={item} />
        ))}
      </Lijst>
    </>
  );
}

/** `/werkplek/loket`: the queue of help requests for the coordinator and the wijkteam. */
export function HulpvragenPage() {
  return (
    <LijstPagina soort="hulpvragen">
      <Werkvoorraad />
    </LijstPagina>
  );
}
