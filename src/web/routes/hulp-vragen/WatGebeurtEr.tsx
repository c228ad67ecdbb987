import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { DAGDELEN, DAGEN } from '../../../shared/loket.ts';
import type { Routering } from '../../api/hulpvragen.ts';
import { type DeelT, useDeelVertaling } from '../../i18n/deelVertaling.ts';

/** A date (`2026-05-12`) as "dinsdag 12 mei", in the reader's language. */
export function useDag() {
  const { i18n } = useDeelVertaling<'hulpVragen'>();
  const vorm = new Intl.DateTimeFormat(i18n.language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  return (datum: string) => vorm.format(new Date(`${datum}T00:00:00Z`));
}

/**
 * What will happen with a request, who receives it and by when — before sending (on the
 * check page) and after (the confirmation, Mijn Kring). B1: who does what, and a date.
 */
export function WatGebeurtEr({
  routering,
  verstuurd,
}: {
  routering: Routering;
  verstuurd: boolean;
}) {
  const { t } = useDeelVertaling<'hulpVragen'>();
  const dag = useDag();
  const organisatie = routering.organisatie?.naam ?? t('hulpVragen.route.gemeente');
  const opties = {
    organisatie,
    aantal: routering.reactieWerkdagen,
    count: routering.reactieWerkdagen,
    datum: dag(routering.reactieVoor),
  };
  const wijkteam = routering.route === 'wijkteam';
  return (
    <div className="kring-hv-route">
      <Paragraph>
        {verstuurd ? t('hulpVragen.route.isNaar', opties) : t('hulpVragen.route.gaatNaar', opties)}
      </Paragraph>
      <Paragraph>
        {wijkteam
          ? t('hulpVragen.route.wijkteam', opties)
          : t('hulpVragen.route.vrijwilligers', opties)}
      </Paragraph>
      <Paragraph className="kring-hv-wanneer">
        {wijkteam
          ? t('hulpVragen.route.wijkteamWanneer', opties)
          : t('hulpVragen.route.vrijwilligersWanneer', opties)}
      </Paragraph>
      {routering.redenen.length > 0 ? (
        <>
          <Paragraph>{t('hulpVragen.route.waarom')}</Paragraph>
          <UnorderedList>
            {routering.redenen.map((r) => (
              <UnorderedListItem key={r}>
                {t(`hulpVragen.route.reden.${r}` as 'hulpVragen.route.reden.eenvoudig')}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
    </div>
  );
}

/** "maandag ochtend en middag; dinsdag avond" — the grid in words. */
export function tijdvakkenInWoorden(
  tijdvakken: readonly string[],
  t: DeelT<'loket'>,
  taal: string,
): string {
  const lijst = new Intl.ListFormat(taal, { type: 'conjunction' });
  return DAGEN.flatMap((d) => {
    const delen = DAGDELEN.filter((p) => tijdvakken.includes(`${d}-${p}`));
    if (delen.length === 0) return [];
    return [`${t(`loket.dag.${d}`)} ${lijst.format(delen.map((p) => t(`loket.dagdeel.${p}`)))}`];
  }).join('; ');
}
