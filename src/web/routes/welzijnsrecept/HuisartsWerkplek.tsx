import { Heading2, LinkList, Paragraph } from '@utrecht/component-library-react';
import { isIngelogd, useSessie } from '../../api/sessie.ts';
import { RouterLinkListLink } from '../../components/RouterLink.tsx';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';

/** The GP's pages (writing, the list) and the evaluation; the beleidsmedewerker only the last. */
export function Links({ huisarts }: { huisarts: boolean }) {
  const { t } = useDeelVertaling<'welzijnsreceptHuisarts'>();
  return (
    <LinkList>
      {huisarts ? (
        <>
          <RouterLinkListLink to="/werkplek/welzijnsrecept/nieuw">
            {t('welzijnsreceptHuisarts.menu.nieuw')}
          </RouterLinkListLink>
          <RouterLinkListLink to="/werkplek/welzijnsrecept">
            {t('welzijnsreceptHuisarts.menu.lijst')}
          </RouterLinkListLink>
        </>
      ) : null}
      <RouterLinkListLink to="/werkplek/welzijnsrecept/evaluatie">
        {t('welzijnsreceptHuisarts.menu.evaluatie')}
      </RouterLinkListLink>
    </LinkList>
  );
}

/**
 * On the werkplek's start page: where the GP writes a welzijnsrecept and follows it, and where
 * the GP and the beleidsmedewerker find the evaluation. Only for those roles (a small file: the
 * start page does not load the GP's pages for it).
 */
export function WelzijnsreceptHuisartsLinks() {
  const { t } = useDeelVertaling<'welzijnsreceptHuisarts'>();
  const sessie = useSessie();
  const rollen = isIngelogd(sessie.data) ? sessie.data.rollen.map((r) => r.rol) : [];
  const huisarts = rollen.includes('huisarts');
  if (!huisarts && !rollen.includes('beleidsmedewerker')) return null;
  return (
    <section aria-labelledby="welzijnsrecept-huisarts">
      <Heading2 id="welzijnsrecept-huisarts">
        {t('welzijnsreceptHuisarts.werkplek.heading')}
      </Heading2>
      <Paragraph>
        {t(`welzijnsreceptHuisarts.werkplek.${huisarts ? 'huisarts' : 'beleid'}`)}
      </Paragraph>
      <Links huisarts={huisarts} />
    </section>
  );
}
