import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
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
import type { Invoer } from '../../components/formulier/invoer.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { ScrollTabel } from '../../components/ScrollTabel.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import {
  AlleenProfessional,
  LaadFout,
  LoketWerkMenu,
  useDatum,
  useLwT,
  vandaag,
} from './onderdelen.tsx';

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
          <FormField className="kring-field">
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="lw-route">{t('loketWerk.hulpvragen.routeLabel')}</FormLabel>
            </div>
            <div className="utrecht-form-field__input">
              <Select id="lw-route" value={r} onChange={(e: Invoer) => setR(e.currentTarget.value)}>
                <SelectOption value="alle">{t('loketWerk.hulpvragen.alleRoutes')}</SelectOption>
                {ROUTES.map((x) => (
                  <SelectOption key={x} value={x}>
                    {t(`loketWerk.route.${x}`)}
                  </SelectOption>
                ))}
              </Select>
            </div>
          </FormField>
          <FormField className="kring-field">
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="lw-status">{t('loketWerk.hulpvragen.statusLabel')}</FormLabel>
            </div>
            <div className="utrecht-form-field__input">
              <Select
                id="lw-status"
                value={s}
                onChange={(e: Invoer) => {
                  const v = e.currentTarget.value;
                  if (isStatus(v)) setS(v);
                }}
              >
                {STATUSSEN.map((x) => (
                  <SelectOption key={x} value={x}>
                    {t(`loketWerk.hulpvragen.statusFilter.${x}`)}
                  </SelectOption>
                ))}
              </Select>
            </div>
          </FormField>
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
      <section aria-labelledby="lw-lijst">
        <Heading2 id="lw-lijst">
          {t('loketWerk.hulpvragen.lijst', {
            route: route ? t(`loketWerk.route.${route}`) : t('loketWerk.hulpvragen.alleRoutes'),
            status: t(`loketWerk.hulpvragen.statusFilter.${status}`),
          })}
        </Heading2>
        <LoadingStatus loading={lijst.isPending} />
        {lijst.isError ? (
          <LaadFout error={lijst.error} onRetry={() => void lijst.refetch()} />
        ) : null}
        {lijst.data ? (
          <Paragraph role="status">
            {items.length === 0
              ? t('loketWerk.hulpvragen.leeg')
              : t('loketWerk.hulpvragen.aantal', { count: items.length })}
          </Paragraph>
        ) : null}
        {items.length > 0 ? (
          <ScrollTabel labelledBy="lw-lijst">
            <Table className="kring-lw-tabel">
              <TableHeader>
                <TableRow>
                  {(
                    [
                      'naam',
                      'onderwerpen',
                      'levensdomeinen',
                      'signalen',
                      'route',
                      'status',
                      'ingediend',
                      'reageerVoor',
                      'behandelaar',
                    ] as const
                  ).map((k) => (
                    <TableHeaderCell scope="col" key={k}>
                      {t(`loketWerk.hulpvragen.kolom.${k}`)}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((item) => (
                  <Rij key={item.id} item={item} />
                ))}
              </TableBody>
            </Table>
          </ScrollTabel>
        ) : null}
      </section>
    </>
  );
}

/** `/werkplek/loket`: the queue of help requests for the coordinator and the wijkteam. */
export function HulpvragenPage() {
  const { t } = useLwT();
  useDocumentTitle(t('loketWerk.hulpvragen.titel'));
  return (
    <>
      <PageHeading>{t('loketWerk.hulpvragen.heading')}</PageHeading>
      <Paragraph lead>{t('loketWerk.hulpvragen.intro')}</Paragraph>
      <LoketWerkMenu />
      <AlleenProfessional>
        <Werkvoorraad />
      </AlleenProfessional>
    </>
  );
}
