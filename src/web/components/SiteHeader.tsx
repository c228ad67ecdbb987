import { NavBar, NavList, PageHeader } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useHref, useLinkClickHandler } from 'react-router';
import { useGemeente } from '../api/gemeente.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { RouterNavListLink } from './RouterLink.tsx';
import { SessieLinks } from './SessieLinks.tsx';

/** Kring's mark: a circle of dots — everyone around one person. Decorative only. */
function KringMark() {
  const dots = [0, 60, 120, 180, 240, 300].map((deg) => {
    const r = (deg * Math.PI) / 180;
    return { cx: 16 + 11 * Math.cos(r), cy: 16 + 11 * Math.sin(r), key: deg };
  });
  return (
    <svg className="kring-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="11" fill="none" stroke="currentColor" strokeWidth="2" />
      {dots.map(({ key, ...d }) => (
        <circle key={key} {...d} r="3.2" fill="currentColor" />
      ))}
    </svg>
  );
}

/** Home link: "Kring" and the gemeente's name as the site's title (name comes from the API). */
function HomeLink() {
  const { t } = useTranslation();
  const naam = useGemeente().data?.naam;
  const href = useHref('/');
  const onClick = useLinkClickHandler<HTMLAnchorElement>('/');
  return (
    <a
      className="kring-home-link"
      href={href}
      onClick={onClick}
      aria-label={naam ? t('layout.homeLink', { gemeente: naam }) : undefined}
    >
      <KringMark />
      <span className="kring-home-link__name">{t('app.name')}</span>{' '}
      {naam ? <span className="kring-home-link__gemeente">{naam}</span> : null}
    </a>
  );
}

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <PageHeader>
      <div className="utrecht-page-header__content kring-header">
        <div className="kring-header__top">
          <HomeLink />
          <SessieLinks />
          <LanguageSwitch />
        </div>
        <NavBar aria-label={t('layout.navLabel')} className="kring-nav">
          <NavList>
            <RouterNavListLink to="/">{t('layout.nav.inwoner')}</RouterNavListLink>
            <RouterNavListLink to="/werkplek">{t('layout.nav.werkplek')}</RouterNavListLink>
            <RouterNavListLink to="/beheer">{t('layout.nav.beheer')}</RouterNavListLink>
          </NavList>
        </NavBar>
      </div>
    </PageHeader>
  );
}
