import '../dossier/dossier.css';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { isIngelogd, useSessie } from '../../api/sessie.ts';
import type { FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { KolomTabel } from '../../components/KolomTabel.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { MenuLink } from '../../components/MenuLink.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { serverVelden } from '../dossier/onderdelen.tsx';
import { LaadFout } from '../loket-werk/onderdelen.tsx';

/** The typed `t` of the consulent's and the functioneel beheerder's mantelzorg pages. */
export const useMzcT = () => useDeelVertaling<'mantelzorgConsulent'>();

export const FUNCTIE_CONSULENT = 'mantelzorgconsulent';
export const BASIS = '/werkplek/mantelzorg';

/** Who may do what here, as far as the session tells (the server checks every request). */
export interface Rechten {
  consulent: boolean;
  beheerder: boolean;
  beleid: boolean;
  /** The organisations the reader is mantelzorgconsulent for. */
  steunpunten: string[];
}

export function useRechten(): Rechten | undefined {
  const sessie = useSessie();
  if (!isIngelogd(sessie.data)) return undefined;
  const rollen = sessie.data.rollen;
  const steunpunten = rollen.flatMap((r) =>
    r.rol === 'professional' && r.functie === FUNCTIE_CONSULENT && r.organisatieId
      ? [r.organisatieId]
      : [],
  );
  return {
    consulent: steunpunten.length > 0,
    beheerder: rollen.some((r) => r.rol === 'functioneel-beheerder'),
    beleid: rollen.some((r) => r.rol === 'beleidsmedewerker'),
    steunpunten,
  };
}

export type Wie = 'consulent' | 'rondes' | 'cijfers';

const magHet = (r: Rechten, wie: Wie) =>
  wie === 'consulent'
    ? r.consulent
    : wie === 'rondes'
      ? r.consulent || r.beheerder
      : r.consulent || r.beheerder || r.beleid;

/** The parts of mantelzorg the reader may use; the current page is marked (aria-current). */
function MantelzorgMenu({ rechten }: { rechten: Rechten }) {
  const { t } = useMzcT();
  const delen = [
    { to: BASIS, wie: 'consulent', tekst: t('mantelzorgConsulent.menu.start') },
    {
      to: `${BASIS}/waarderingsrondes`,
      wie: 'rondes',
      tekst: t('mantelzorgConsulent.menu.rondes'),
    },
    { to: `${BASIS}/cijfers`, wie: 'cijfers', tekst: t('mantelzorgConsulent.menu.cijfers') },
  ] as const;
  return (
    <nav aria-label={t('mantelzorgConsulent.menu.label')} className="kring-dos-menu">
      <ul>
        {delen
          .filter((d) => magHet(rechten, d.wie))
          .map((d) => (
            <li key={d.to}>
              <MenuLink to={d.to}>{d.tekst}</MenuLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}

/**
 * The frame of every mantelzorg page: its title and h1, and — only for a reader with the
 * role the page needs — the menu and the page itself; otherwise in words what is needed.
 */
export function MantelzorgPagina({
  titel,
  wie,
  children,
}: {
  titel: string;
  wie: Wie;
  children: (rechten: Rechten) => ReactNode;
}) {
  const { t } = useMzcT();
  useDocumentTitle(titel);
  const sessie = useSessie();
  const rechten = useRechten();
  const { pathname } = useLocation();
  const kop = <PageHeading>{titel}</PageHeading>;
  if (sessie.isPending) {
    return (
      <>
        {kop}
        <LoadingStatus loading />
      </>
    );
  }
  if (!rechten || !magHet(rechten, wie)) {
    return (
      <>
        {kop}
        <Alert type="warning">
          {rechten ? (
            <Paragraph>{t(`mantelzorgConsulent.toegang.${wie}`)}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('mantelzorgConsulent.toegang.inloggen')}</Paragraph>
              <Paragraph>
                <RouterLink to={`/inloggen?terug=${pathname}`}>
                  {t('mantelzorgConsulent.toegang.link')}
                </RouterLink>
              </Paragraph>
            </>
          )}
        </Alert>
        {rechten && (rechten.beheerder || rechten.beleid) ? (
          <MantelzorgMenu rechten={rechten} />
        ) : null}
      </>
    );
  }
  return (
    <>
      {kop}
      <MantelzorgMenu rechten={rechten} />
      {children(rechten)}
    </>
  );
}

/** Yes and no as radio options. */
export function useJaNee() {
  const { t } = useMzcT();
  return [
    { waarde: 'ja', label: t('mantelzorgConsulent.algemeen.ja') },
    { waarde: 'nee', label: t('mantelzorgConsulent.algemeen.nee') },
  ] as const;
}

export const alsJaNee = (w: boolean | null): ('ja' | 'nee')[] =>
  w === null ? [] : [w ? 'ja' : 'nee'];

/** Euro amounts in the reader's language. */
export function useEuro(): (cent: number) => string {
  const { i18n } = useMzcT();
  const f = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'EUR' });
  return (cent) => f.format(cent / 100);
}

/** A whole number typed in a field, or null when it is not one. */
export function geheelGetal(tekst: string): number | null {
  return /^\s*\d+\s*$/.test(tekst) ? Number(tekst.trim()) : null;
}

/**
 * The fields a failed request names (`invalidParams`, by the server's names) as this form's
 * errors; anything else in words on the form's button.
 */
export function serverFouten<V extends string>(
  error: unknown,
  namen: Record<string, V>,
  fout: (veld: V) => FieldError,
  knop: FieldError,
): FieldError[] {
  const lijst = serverVelden(error).flatMap((n) => {
    const veld = namen[n];
    return veld ? [fout(veld)] : [];
  });
  return lijst.length > 0 ? lijst : [knop];
}

/**
 * A refusal the server explains (409: already applied, a rule of the bye-law …) in its own
 * words on the form's button, through `metReden`; any other failure as `knop` says.
 */
export function uitlegOfMislukt(
  error: unknown,
  knop: FieldError,
  metReden: (reden: string) => string = (reden) => reden,
): FieldError[] {
  const reden =
    error instanceof ApiError && error.status === 409 ? error.problem?.detail : undefined;
  return [reden ? { ...knop, message: metReden(reden) } : knop];
}

/**
 * A list in a section named by its heading: "loading", a failed load, how many there are
 * (or that there are none), and the table with `kolommen`; `children` are the rows.
 */
export function LijstDeel({
  id,
  kop,
  lijst,
  aantal,
  kolommen,
  children,
}: {
  id: string;
  kop: string;
  lijst: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  /** The number of rows and its sentence, or undefined while there is no answer. */
  aantal: { n: number; tekst: string } | undefined;
  kolommen: readonly string[];
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <Heading2 id={id}>{kop}</Heading2>
      <LoadingStatus loading={lijst.isPending} />
      {lijst.isError ? <LaadFout error={lijst.error} onRetry={() => void lijst.refetch()} /> : null}
      {aantal ? <Paragraph>{aantal.tekst}</Paragraph> : null}
      {aantal && aantal.n > 0 ? (
        <KolomTabel id={id} kolommen={kolommen}>
          {children}
        </KolomTabel>
      ) : null}
    </section>
  );
}
