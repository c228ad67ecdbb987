import {
  Heading2,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type ReceptRegel, type TaakStatus, useRecepten } from '../../api/welzijnsrecept.ts';
import { KolomTabel } from '../../components/KolomTabel.tsx';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import {
  AlleenCoach,
  CoachLaadFout,
  EersteContact,
  useDatum,
  useStatusWoord,
  useWrcT,
} from './CoachOnderdelen.tsx';

/** The inbox in three parts: new referrals first, then the ones in work, then the closed. */
const DELEN = [
  { sleutel: 'nieuw', statussen: ['requested'] },
  { sleutel: 'lopend', statussen: ['accepted', 'in-progress', 'on-hold'] },
  {
    sleutel: 'afgerond',
    statussen: ['rejected', 'cancelled', 'failed', 'completed', 'entered-in-error'],
  },
] as const satisfies readonly { sleutel: string; statussen: readonly TaakStatus[] }[];

const KOLOMMEN = ['persoon', 'praktijk', 'status', 'ontvangen', 'eersteContact', 'taken'] as const;

function Rij({ regel }: { regel: ReceptRegel }) {
  const { t } = useWrcT();
  const { moment } = useDatum();
  const status = useStatusWoord();
  return (
    <TableRow>
      <TableHeaderCell scope="row">
        <RouterLink to={`/werkplek/welzijnsrecepten/${regel.id}`}>{regel.persoon.naam}</RouterLink>
      </TableHeaderCell>
      <TableCell>{regel.praktijk}</TableCell>
      <TableCell>{status(regel.status)}</TableCell>
      <TableCell>{moment(regel.aangemaaktOp)}</TableCell>
      <TableCell>
        <EersteContact
          voor={regel.eersteContactVoor}
          op={regel.eersteContactOp}
          teLaat={regel.teLaat}
        />
      </TableCell>
      <TableCell>
        {regel.openTaken > 0 ? (
          <span className="kring-lw-signaal">
            {t('welzijnsreceptCoach.inbox.taken', { count: regel.openTaken })}
          </span>
        ) : (
          t('welzijnsreceptCoach.inbox.geenTaken')
        )}
      </TableCell>
    </TableRow>
  );
}

function Deel({
  sleutel,
  regels,
}: {
  sleutel: (typeof DELEN)[number]['sleutel'];
  regels: ReceptRegel[];
}) {
  const { t } = useWrcT();
  const id = `wrc-${sleutel}`;
  return (
    <section aria-labelledby={id}>
      <Heading2 id={id}>{t(`welzijnsreceptCoach.inbox.${sleutel}`)}</Heading2>
      <Paragraph>
        {regels.length === 0
          ? t('welzijnsreceptCoach.inbox.leeg')
          : t('welzijnsreceptCoach.inbox.aantal', { count: regels.length })}
      </Paragraph>
      {regels.length > 0 ? (
        <KolomTabel
          id={id}
          kolommen={KOLOMMEN.map((k) => t(`welzijnsreceptCoach.inbox.kolom.${k}`))}
        >
          {regels.map((regel) => (
            <Rij key={regel.id} regel={regel} />
          ))}
        </KolomTabel>
      ) : null}
    </section>
  );
}

function Inbox() {
  const lijst = useRecepten('ontvanger');
  const recepten = lijst.data?.recepten ?? [];
  return (
    <>
      <LoadingStatus loading={lijst.isPending} />
      {lijst.isError ? (
        <CoachLaadFout error={lijst.error} onRetry={() => void lijst.refetch()} />
      ) : null}
      {lijst.data
        ? DELEN.map((deel) => (
            <Deel
              key={deel.sleutel}
              sleutel={deel.sleutel}
              regels={recepten.filter((r) =>
                (deel.statussen as readonly TaakStatus[]).includes(r.status),
              )}
            />
          ))
        : null}
    </>
  );
}

/** `/werkplek/welzijnsrecepten`: the welzijnscoach's inbox of referrals from GPs. */
export function InboxPagina() {
  const { t } = useWrcT();
  useDocumentTitle(t('welzijnsreceptCoach.inbox.titel'));
  const kop = <PageHeading>{t('welzijnsreceptCoach.inbox.heading')}</PageHeading>;
  return (
    <AlleenCoach kop={kop}>
      {kop}
      <Paragraph lead>{t('welzijnsreceptCoach.inbox.intro')}</Paragraph>
      <Inbox />
    </AlleenCoach>
  );
}
