import '../../theme/beheer.css';
import './loket-werk.css';
import {
  Alert,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  LinkList,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import type { KoppelingStatus } from '../../../shared/loket.ts';
import { ApiError } from '../../api/client.ts';
import { isIngelogd, useSessie } from '../../api/sessie.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { Invoer } from '../../components/formulier/invoer.ts';
import { Veld } from '../../components/formulier/TextField.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink, RouterLinkListLink } from '../../components/RouterLink.tsx';
import { ScrollTabel } from '../../components/ScrollTabel.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';

/** The typed `t` of the staff's loket pages: their texts and the front door's shared words. */
export const useLwT = () => useDeelVertaling<'loketWerk' | 'loket' | 'hulpBieden'>();

/** Links between the loket pages. */
export function LoketWerkMenu() {
  const { t } = useLwT();
  return (
    <nav aria-label={t('loketWerk.menu.label')}>
      <LinkList>
        <RouterLinkListLink to="/werkplek/loket">
          {t('loketWerk.menu.hulpvragen')}
        </RouterLinkListLink>
        <RouterLinkListLink to="/werkplek/loket/aanmeldingen">
          {t('loketWerk.menu.aanmeldingen')}
        </RouterLinkListLink>
        <RouterLinkListLink to="/werkplek/loket/koppelen">
          {t('loketWerk.menu.koppelen')}
        </RouterLinkListLink>
        <RouterLinkListLink to="/werkplek/loket/koppelingen">
          {t('loketWerk.menu.koppelingen')}
        </RouterLinkListLink>
      </LinkList>
    </nav>
  );
}

/**
 * Shows the page only to a logged-in professional (the volunteer coordinator, the wijkteam);
 * otherwise says in words what is needed. The server checks again on every request, and
 * decides which requests and volunteers this professional's organisation may see.
 */
export function AlleenProfessional({ kop, children }: { kop?: ReactNode; children: ReactNode }) {
  const { t } = useLwT();
  const sessie = useSessie();
  const { pathname } = useLocation();
  if (sessie.isPending) {
    return (
      <>
        {kop}
        <LoadingStatus loading />
      </>
    );
  }
  if (!isIngelogd(sessie.data)) {
    return (
      <>
        {kop}
        <Alert type="warning">
          <Paragraph>{t('loketWerk.toegang.inloggen')}</Paragraph>
          <Paragraph>
            <RouterLink to={`/inloggen?terug=${pathname}`}>
              {t('loketWerk.toegang.link')}
            </RouterLink>
          </Paragraph>
        </Alert>
      </>
    );
  }
  if (!sessie.data.rollen.some((r) => r.rol === 'professional')) {
    return (
      <>
        {kop}
        <Alert type="warning">
          <Paragraph>{t('loketWerk.toegang.geen')}</Paragraph>
        </Alert>
      </>
    );
  }
  return <>{children}</>;
}

/** A failed load: 403 in words (not this organisation's), anything else with a retry. */
export function LaadFout({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useLwT();
  if (error instanceof ApiError && (error.status === 403 || error.status === 401)) {
    return (
      <Alert type="warning">
        <Paragraph>{t('loketWerk.toegang.geen')}</Paragraph>
      </Alert>
    );
  }
  return <ErrorAlert onRetry={onRetry} />;
}

/** Dates in the reader's language: a day (YYYY-MM-DD, no time zone) or a moment. */
export function useDatum() {
  const { i18n } = useLwT();
  const dag = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  const moment = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return {
    dag: (iso: string) => dag.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
    moment: (iso: string) => moment.format(new Date(iso)),
  };
}

/** Today as YYYY-MM-DD in the reader's time zone. */
export function vandaag(): string {
  const nu = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${nu.getFullYear()}-${p(nu.getMonth() + 1)}-${p(nu.getDate())}`;
}

/** One row of a DataList: the key and its value, or "not filled in" in words. */
export function Gegeven({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useLwT();
  const leeg = children === null || children === undefined || children === '';
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue multiline>{leeg ? t('loketWerk.algemeen.leeg') : children}</DataListValue>
    </DataListItem>
  );
}

/** Whose answer a match waits for, from its status (the coordinator's list has no field). */
export function wachtOpVan(
  status: KoppelingStatus,
): 'coordinator' | 'vrijwilliger' | 'inwoner' | 'niemand' {
  if (status === 'voorstel') return 'coordinator';
  if (status === 'goedgekeurd') return 'vrijwilliger';
  if (status === 'vrijwilliger-akkoord') return 'inwoner';
  return 'niemand';
}

/**
 * An always-present live region for "done" messages (announced when the text appears). It
 * also takes focus then: the button that was pressed is often gone after the change (the
 * form of a decided sign-up disappears), and focus must not fall back to the page's start.
 */
export function Statusmelding({ tekst }: { tekst: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (tekst) ref.current?.focus();
  }, [tekst]);
  return (
    <p role="status" className="kring-lw-melding" tabIndex={-1} ref={ref}>
      {tekst}
    </p>
  );
}

/** The loket's list pages; their texts are under `loketWerk.<soort>`. */
type Soort = 'hulpvragen' | 'aanmeldingen' | 'koppelingen';

/** A list page of the loket: its h1 and introduction, the menu, the list for professionals. */
export function LijstPagina({ soort, children }: { soort: Soort; children: ReactNode }) {
  const { t } = useLwT();
  useDocumentTitle(t(`loketWerk.${soort}.titel`));
  return (
    <>
      <PageHeading>{t(`loketWerk.${soort}.heading`)}</PageHeading>
      <Paragraph lead>{t(`loketWerk.${soort}.intro`)}</Paragraph>
      <LoketWerkMenu />
      <AlleenProfessional>{children}</AlleenProfessional>
    </>
  );
}

/**
 * The list itself: a section named by its heading, "loading", a failed load, how many there
 * are (a live region, so a new filter's result is announced), and the table, which scrolls
 * sideways on a small screen. `children` are the table's rows.
 */
export function Lijst({
  id,
  soort,
  kop,
  lijst,
  aantal,
  kolommen,
  children,
}: {
  /** The heading's id, which names the section and the scrolling table. */
  id: string;
  soort: Soort;
  kop: string;
  lijst: {
    isPending: boolean;
    isError: boolean;
    error: unknown;
    data: unknown;
    refetch: () => unknown;
  };
  aantal: number;
  /** The column headers, in words. */
  kolommen: readonly string[];
  children: ReactNode;
}) {
  const { t } = useLwT();
  return (
    <section aria-labelledby={id}>
      <Heading2 id={id}>{kop}</Heading2>
      <LoadingStatus loading={lijst.isPending} />
      {lijst.isError ? <LaadFout error={lijst.error} onRetry={() => void lijst.refetch()} /> : null}
      {lijst.data ? (
        <Paragraph role="status">
          {aantal === 0
            ? t(`loketWerk.${soort}.leeg`)
            : t(`loketWerk.${soort}.aantal`, { count: aantal })}
        </Paragraph>
      ) : null}
      {aantal > 0 ? (
        <ScrollTabel labelledBy={id}>
          <Table className="kring-lw-tabel">
            <TableHeader>
              <TableRow>
                {kolommen.map((kolom) => (
                  <TableHeaderCell scope="col" key={kolom}>
                    {kolom}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>{children}</TableBody>
          </Table>
        </ScrollTabel>
      ) : null}
    </section>
  );
}

/** A labelled select of a list's filter (see Veld). */
export function Keuzelijst<T extends string>({
  id,
  label,
  waarde,
  opties,
  onChange,
}: {
  id: string;
  label: string;
  waarde: T;
  opties: readonly { waarde: T; label: string }[];
  /** Only a value of the options reaches here. */
  onChange: (waarde: T) => void;
}) {
  return (
    <Veld id={id} label={label}>
      {() => (
        <Select
          id={id}
          value={waarde}
          onChange={(e: Invoer) => {
            const gekozen = opties.find((o) => o.waarde === e.currentTarget.value);
            if (gekozen) onChange(gekozen.waarde);
          }}
        >
          {opties.map((o) => (
            <SelectOption key={o.waarde} value={o.waarde}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      )}
    </Veld>
  );
}
