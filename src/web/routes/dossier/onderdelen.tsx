import './dossier.css';
import { Alert, Paragraph, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { ApiError } from '../../api/client.ts';
import { usePersoon } from '../../api/dossier.ts';
import { isIngelogd, useSessie } from '../../api/sessie.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { FieldError } from '../../components/formulier/ErrorSummary.tsx';
import type { Invoer } from '../../components/formulier/invoer.ts';
import { Veld } from '../../components/formulier/TextField.tsx';
import { MenuLink } from '../../components/MenuLink.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { AlleenProfessional } from '../loket-werk/onderdelen.tsx';

/** The typed `t` of the werkplek's dossier pages: their texts and the front door's words. */
export const useDosT = () => useDeelVertaling<'dossier' | 'loket'>();

/** A dossier part the reader may not see (403) is said in words; anything else: retry. */
export function DeelFout({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useDosT();
  if (error instanceof ApiError && (error.status === 403 || error.status === 401)) {
    return (
      <Alert type="info">
        <Paragraph>{t('dossier.algemeen.geenToegang')}</Paragraph>
      </Alert>
    );
  }
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Alert type="warning">
        <Paragraph>{t('dossier.algemeen.nietGevonden')}</Paragraph>
      </Alert>
    );
  }
  return <ErrorAlert onRetry={onRetry} />;
}

const DELEN = [
  { pad: '', sleutel: 'overzicht' },
  { pad: '/keukentafelgesprek', sleutel: 'gesprek' },
  { pad: '/netwerk', sleutel: 'netwerk' },
  { pad: '/plan', sleutel: 'plan' },
  { pad: '/regie', sleutel: 'regie' },
  { pad: '/casusoverleg', sleutel: 'overleg' },
] as const;

/** The parts of one dossier; the page you are on is marked (aria-current), not by colour. */
function DossierMenu({ id }: { id: string }) {
  const { t } = useDosT();
  return (
    <nav aria-label={t('dossier.menu.label')} className="kring-dos-menu">
      <ul>
        {DELEN.map((d) => (
          <li key={d.sleutel}>
            <MenuLink to={`/werkplek/personen/${id}${d.pad}`}>
              {t(`dossier.menu.${d.sleutel}`)}
            </MenuLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The frame of every dossier page: only for a logged-in professional (the server checks
 * again, part by part), the page's h1 with the person's name, the way back, and the menu of
 * the dossier's parts. The name comes from the person's record (category contact).
 */
export function DossierPagina({
  id,
  titel,
  terug,
  children,
}: {
  id: string;
  /** The page's title, with the person's name (or without, when it cannot be read). */
  titel: (naam: string | undefined) => string;
  /** Where "back" goes; the caseload by default. */
  terug?: { naar: string; tekst: string };
  children: ReactNode;
}) {
  const { t } = useDosT();
  const persoon = usePersoon(id);
  const kop = titel(persoon.data?.naam);
  useDocumentTitle(kop);
  return (
    <AlleenProfessional kop={<PageHeading>{kop}</PageHeading>}>
      <PageHeading>{kop}</PageHeading>
      <Paragraph>
        <RouterLink to={terug?.naar ?? '/werkplek/personen'}>
          {terug?.tekst ?? t('dossier.algemeen.naarCaseload')}
        </RouterLink>
      </Paragraph>
      <DossierMenu id={id} />
      {children}
    </AlleenProfessional>
  );
}

/** Who is logged in, as far as the dossier needs it: to find one's own row in the team. */
export function useIk(): { naam: string; organisaties: string[] } | undefined {
  const sessie = useSessie();
  if (!isIngelogd(sessie.data)) return undefined;
  return {
    naam: sessie.data.account.naam,
    organisaties: sessie.data.rollen.flatMap((r) => (r.organisatieId ? [r.organisatieId] : [])),
  };
}

/**
 * My row in the case team. The session does not carry the account id, so the row is found
 * by name and organisation; the server decides anyway (a wrong guess gets a 403).
 */
export function mijnRij<T extends { naam: string; organisatieId: string }>(
  team: readonly T[],
  ik: { naam: string; organisaties: string[] } | undefined,
): T | undefined {
  if (!ik) return undefined;
  return team.find((b) => b.naam === ik.naam && ik.organisaties.includes(b.organisatieId));
}

/** A date field (the browser's date picker), with label, hint and inline error (Veld). */
export function DatumInvoer({
  id,
  label,
  hint,
  fout,
  waarde,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  fout?: string | undefined;
  waarde: string;
  onChange: (waarde: string) => void;
}) {
  return (
    <Veld id={id} label={label} description={hint} error={fout}>
      {(describedBy) => (
        <Textbox
          id={id}
          name={id}
          type="date"
          value={waarde}
          invalid={!!fout}
          aria-describedby={describedBy}
          className="kring-dos-datum"
          onChange={(e: Invoer) => onChange(e.currentTarget.value)}
        />
      )}
    </Veld>
  );
}

/** A choice from a list (a network member, a subgoal), with the Veld pattern. */
export function Keuzelijst({
  id,
  label,
  hint,
  fout,
  waarde,
  opties,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  fout?: string | undefined;
  waarde: string;
  opties: readonly { waarde: string; label: string }[];
  onChange: (waarde: string) => void;
}) {
  return (
    <Veld id={id} label={label} description={hint} error={fout}>
      {(describedBy) => (
        <Select
          id={id}
          name={id}
          value={waarde}
          invalid={!!fout}
          aria-describedby={describedBy}
          onChange={(e: Invoer) => onChange(e.currentTarget.value)}
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

/** The names of the body fields the server refused (`invalidParams`), without `body.`. */
export function serverVelden(error: unknown): string[] {
  return error instanceof ApiError
    ? (error.problem?.invalidParams ?? []).map((p) => p.name.replace(/^body\./, ''))
    : [];
}

/** Text over its limit; counts what is sent (trimmed). */
export const teLang = (tekst: string, max: number) => tekst.trim().length > max;

/** An error on a field, or nothing: `fout(lijst, id)`. */
export const foutVoor = (fouten: readonly FieldError[], veld: string) =>
  fouten.find((f) => f.field === veld)?.message;

/** Today as YYYY-MM-DD in the reader's time zone (for a date field's first value). */
export { vandaag } from '../loket-werk/onderdelen.tsx';
