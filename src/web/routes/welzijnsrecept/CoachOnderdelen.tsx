import '../loket-werk/loket-werk.css';
import './welzijnsrecept.css';
import { Alert, Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { FormEvent, ReactNode } from 'react';
import { ApiError } from '../../api/client.ts';
import type { Recept, TaakStatus } from '../../api/welzijnsrecept.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ErrorSummary, type FieldError } from '../../components/formulier/ErrorSummary.tsx';
import type { useFormulier } from '../../components/formulier/useFormulier.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { AlleenProfessional, useDatum, vandaag } from '../loket-werk/onderdelen.tsx';

/**
 * The typed `t` of the welzijnscoach's pages. The words both sides share (status labels,
 * contact preferences, wellbeing dimensions, report moments) are in `welzijnsreceptHuisarts`.
 */
export const useWrcT = () => useDeelVertaling<'welzijnsreceptCoach' | 'welzijnsreceptHuisarts'>();

/** The status of a referral in words, the same words the GP reads. */
export function useStatusWoord(): (status: TaakStatus) => string {
  const { t } = useWrcT();
  return (status) => t(`welzijnsreceptHuisarts.status.${status}`);
}

/**
 * A wellbeing dimension in words. The default six are translated; a dimension the
 * functioneel beheerder added has only its code (shown as it is).
 */
export function useDimensieWoord(): (code: string) => string {
  const { t, i18n } = useWrcT();
  return (code) => {
    const sleutel = `welzijnsreceptHuisarts.dimensie.${code}`;
    return i18n.exists(sleutel) ? t(sleutel as 'welzijnsreceptHuisarts.dimensie.lichaam') : code;
  };
}

/** A failed load: not found or not allowed in words, anything else with a retry. */
export function CoachLaadFout({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useWrcT();
  if (error instanceof ApiError && [401, 403, 404].includes(error.status)) {
    return (
      <Alert type="warning">
        <Paragraph>
          {error.status === 404
            ? t('welzijnsreceptCoach.detail.nietGevonden')
            : t('welzijnsreceptCoach.toegang.geen')}
        </Paragraph>
      </Alert>
    );
  }
  return <ErrorAlert onRetry={onRetry} />;
}

/** The coach's pages are for a logged-in professional; the server decides per referral. */
export function AlleenCoach({ kop, children }: { kop: ReactNode; children: ReactNode }) {
  return <AlleenProfessional kop={kop}>{children}</AlleenProfessional>;
}

/**
 * The first-contact target: the date, and "te laat" in words (not by colour alone) when
 * it has passed without contact; or the date the first contact was made.
 */
export function EersteContact({
  voor,
  op,
  teLaat,
}: {
  voor: string | null;
  op: string | null;
  teLaat: boolean;
}) {
  const { t } = useWrcT();
  const { dag } = useDatum();
  if (op) return <>{t('welzijnsreceptCoach.inbox.contactOp', { datum: dag(op) })}</>;
  if (!voor) return <>{t('welzijnsreceptCoach.inbox.geenTermijn')}</>;
  return (
    <>
      {t('welzijnsreceptCoach.inbox.uiterlijk', { datum: dag(voor) })}
      {teLaat ? (
        <>
          {' '}
          <span className="kring-lw-te-laat">{t('welzijnsreceptCoach.inbox.teLaat')}</span>
        </>
      ) : null}
    </>
  );
}

/** The coach's work in a referral (only the receiving organisation reads it). */
export type Werk = NonNullable<Recept['werk']>;

/**
 * What every part of the coach's work gets: the referral's id and work, whether the loop
 * runs (then its forms are there), and `onMelding` to say what was done in the live region.
 */
export interface WerkDeel {
  id: string;
  werk: Werk;
  kanVastleggen: boolean;
  onMelding: (tekst: string) => void;
}

/** The errors of a form's check: the ones that apply. */
export const fouten = (...lijst: (FieldError | null | false)[]): FieldError[] =>
  lijst.filter((f): f is FieldError => !!f);

/** A failed request in words, on the form's button (the server's own words are not shown). */
export const mislukt = (naam: string, tekst: string): FieldError => ({
  field: `${naam}-knop`,
  message: tekst,
});

/**
 * The shell of each of the coach's small forms: its heading (or the section's, by
 * `labelledBy`), the error summary, the fields and the submit button `<naam>-knop`.
 */
export function CoachFormulier({
  naam,
  kop,
  labelledBy,
  formulier,
  onVerstuur,
  knop,
  hoofdknop = true,
  children,
}: {
  naam: string;
  kop?: string;
  labelledBy?: string;
  formulier: ReturnType<typeof useFormulier>;
  onVerstuur: () => void;
  knop: string;
  /** The main action of the section (primary), or a lesser one (secondary). */
  hoofdknop?: boolean;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onVerstuur();
      }}
      noValidate
      aria-labelledby={kop ? `${naam}-kop` : labelledBy}
      className="kring-wrc-deel"
    >
      {kop ? <Heading3 id={`${naam}-kop`}>{kop}</Heading3> : null}
      <ErrorSummary errors={formulier.errors} attempt={formulier.attempt} id={`${naam}-fouten`} />
      {children}
      <Button
        id={`${naam}-knop`}
        type="submit"
        appearance={hoofdknop ? 'primary-action-button' : 'secondary-action-button'}
        busy={formulier.busy}
      >
        {knop}
      </Button>
    </form>
  );
}

/** A whole date (YYYY-MM-DD), as a date field gives it; empty when not filled in. */
export const isDatum = (waarde: string) => /^\d{4}-\d{2}-\d{2}$/.test(waarde);

export { useDatum, vandaag };
