import type { ReactNode } from 'react';
import { ErrorSummary } from '../../components/formulier/ErrorSummary.tsx';
import {
  Groep as GedeeldeGroep,
  Keuzes as GedeeldeKeuzes,
  type GroepProps,
  type Optie,
} from '../../components/formulier/KeuzeGroep.tsx';
import { KnopLink as GedeeldeKnopLink } from '../../components/formulier/KnopLink.tsx';

/*
 * The form parts of "Hulp vragen" are the shared ones in components/formulier; these are
 * their shapes as this form (and Mijn Kring) use them.
 */

export { Tekstvak as TekstVak } from '../../components/formulier/Tekstvak.tsx';
export { DeelSkeleton } from './DeelSkeleton.tsx';
export type { Optie };

/** A fieldset with its legend (`legenda`), hint and error: components/formulier Groep. */
export function Groep({
  legenda,
  ...rest
}: Omit<GroepProps, 'legend'> & { legenda: string; children: ReactNode }) {
  return <GedeeldeGroep legend={legenda} {...rest} />;
}

/** Radio buttons for one answer, in a Groep. */
export function Keuzes<T extends string>({
  id,
  opties,
  waarde,
  onChange,
  fout,
}: {
  id: string;
  opties: readonly Optie<T>[];
  waarde: T | undefined;
  onChange: (waarde: T) => void;
  fout?: string | undefined;
}) {
  return (
    <GedeeldeKeuzes
      id={id}
      soort="radio"
      opties={opties}
      gekozen={waarde === undefined ? [] : [waarde]}
      onChange={([gekozen]) => {
        if (gekozen !== undefined) onChange(gekozen);
      }}
      fout={fout}
    />
  );
}

export interface Melding {
  /** The input's id, on this page or on the step named by `naar`. */
  veld: string;
  tekst: string;
  /** Another page of the form where the field is (the link goes there). */
  naar?: string | undefined;
}

/**
 * The error summary (components/formulier/ErrorSummary) with this form's messages: the
 * server's answer on sending names fields of every step at once, each links to its step.
 */
export function Foutoverzicht({
  meldingen,
  poging,
  id,
}: {
  meldingen: Melding[];
  poging: number;
  /** The heading's id: unique when a page has more than one form. */
  id?: string;
}) {
  return (
    <ErrorSummary
      errors={meldingen.map((m) => ({ field: m.veld, message: m.tekst, naar: m.naar }))}
      attempt={poging}
      id={id}
    />
  );
}

/** A link that looks like a button (components/formulier/KnopLink), with `naar` and `staat`. */
export function KnopLink({
  naar,
  staat,
  ...rest
}: {
  naar: string;
  children: ReactNode;
  secundair?: boolean;
  onClick?: () => void;
  /** The router's state for the next page (never personal data in the address). */
  staat?: unknown;
}) {
  return <GedeeldeKnopLink to={naar} state={staat} {...rest} />;
}
