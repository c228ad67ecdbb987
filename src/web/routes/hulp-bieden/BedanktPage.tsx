import { Paragraph } from '@utrecht/component-library-react';
import { useHulpcategorieen, useVrijwilligersRoute } from '../../api/hulpaanbod.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useHbT } from './onderdelen.tsx';

/** After sending: thanks, who calls and within how many working days, where to see it. */
export function BedanktPage() {
  const { t } = useHbT();
  useDocumentTitle(t('hulpBieden.bedankt.titel'));
  const categorieen = useHulpcategorieen();
  const route = useVrijwilligersRoute(categorieen.data?.categorieen);
  const laden = categorieen.isPending || (route.isPending && route.fetchStatus !== 'idle');
  const organisatie = route.data?.organisatie?.naam;
  return (
    <>
      <PageHeading>{t('hulpBieden.bedankt.heading')}</PageHeading>
      <LoadingStatus loading={laden} />
      {laden ? null : (
        <Paragraph lead>
          {route.data
            ? organisatie
              ? t('hulpBieden.bedankt.bellen', {
                  organisatie,
                  count: route.data.reactieWerkdagen,
                })
              : t('hulpBieden.bedankt.bellenZonderOrganisatie', {
                  count: route.data.reactieWerkdagen,
                })
            : t('hulpBieden.bedankt.bellenZonderTermijn')}
        </Paragraph>
      )}
      <Paragraph>{t('hulpBieden.bedankt.gesprek')}</Paragraph>
      <Paragraph>{t('hulpBieden.bedankt.mijnKring')}</Paragraph>
      <ul className="kring-hb-linklijst">
        <li>
          <RouterLink to="/mijn-kring">{t('hulpBieden.bedankt.naarMijnKring')}</RouterLink>
        </li>
        <li>
          <RouterLink to="/">{t('hulpBieden.bedankt.naarStart')}</RouterLink>
        </li>
      </ul>
    </>
  );
}
