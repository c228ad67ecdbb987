import type { ReactNode } from 'react';
import { isIngelogd, useSessie } from '../../api/sessie.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { InloggenNodig } from '../mijn-kring/onderdelen.tsx';

/** The typed `t` of the resident's mantelzorg pages ("Ik zorg voor iemand"). */
export const useMzT = () => useDeelVertaling<'mantelzorg'>();

/** Where the resident's mantelzorg pages live, inside Mijn Kring. */
export const BASIS = '/mijn-kring/mantelzorg';

/**
 * The frame of the resident's mantelzorg pages: the title and h1, and the page only for a
 * logged-in reader (otherwise how to log in, and come back here).
 */
export function MijnMzKader({
  titel,
  kop,
  terug,
  children,
}: {
  titel: string;
  kop: string;
  terug: string;
  children: ReactNode;
}) {
  useDocumentTitle(titel);
  const sessie = useSessie();
  if (sessie.isPending) return <PageSkeleton />;
  return (
    <>
      <PageHeading>{kop}</PageHeading>
      {isIngelogd(sessie.data) ? children : <InloggenNodig terug={terug} />}
    </>
  );
}
