import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMijnGesprekken } from '../../api/mijnKring.ts';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { DeelSkeleton } from '../hulp-vragen/formulier.tsx';
import { Laadfout, useTijd } from './onderdelen.tsx';

/** The resident's message threads, newest first, with how many are unread. */
export function MijnBerichten() {
  const { t } = useDeelVertaling<'mijnKring'>();
  const { tijd } = useTijd();
  const lijst = useMijnGesprekken();
  return (
    <section aria-labelledby="mk-berichten" id="berichten">
      <Heading2 id="mk-berichten">{t('mijnKring.berichten.heading')}</Heading2>
      {lijst.isPending ? <DeelSkeleton /> : null}
      {lijst.isError ? <Laadfout error={lijst.error} onRetry={() => void lijst.refetch()} /> : null}
      {lijst.data?.gesprekken.length === 0 ? (
        <Paragraph>{t('mijnKring.berichten.geen')}</Paragraph>
      ) : null}
      {lijst.data && lijst.data.gesprekken.length > 0 ? (
        <ul className="kring-mk-gesprekken">
          {lijst.data.gesprekken.map((g) => (
            <li key={g.id}>
              <RouterLink to={`/mijn-kring/berichten/${g.id}`}>
                {t('mijnKring.berichten.met', { namen: g.deelnemers.join(', ') })}
              </RouterLink>
              {g.ongelezen > 0 ? (
                <strong className="kring-mk-nieuw">
                  {' '}
                  {t('mijnKring.berichten.ongelezen', { count: g.ongelezen })}
                </strong>
              ) : null}
              {g.laatsteBerichtOp ? (
                <Paragraph className="kring-mk-klein">
                  {t('mijnKring.berichten.laatste', { op: tijd(g.laatsteBerichtOp) })}
                </Paragraph>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
