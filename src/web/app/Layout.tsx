import { Document, PageContent, SkipLink } from '@utrecht/component-library-react';
import { type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { DemoNotice } from '../components/DemoNotice.tsx';
import { SiteFooter } from '../components/SiteFooter.tsx';
import { SiteHeader } from '../components/SiteHeader.tsx';

/**
 * After a navigation inside the app, behave like a page load: scroll to the top and move
 * focus to the new page's h1. Without this, focus stays on the clicked menu link and a
 * screen-reader user does not notice the page changed. The first page is left alone: on a
 * fresh load the browser starts at the top, as usual.
 */
function useFocusHeadingOnNavigate(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    window.scrollTo(0, 0);
    const container = main.current;
    if (!container) return;
    const heading = container.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.focus({ preventScroll: true });
      return;
    }
    // A lazy page shows a skeleton while its code loads: focus its h1 as soon as it appears.
    const observer = new MutationObserver(() => {
      const h1 = container.querySelector<HTMLElement>('h1');
      if (!h1) return;
      observer.disconnect();
      h1.focus({ preventScroll: true });
    });
    observer.observe(container, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname, main]);
}

export function Layout() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  useFocusHeadingOnNavigate(main);
  return (
    <Document className="kring-app">
      {/* First focusable element on every page (WCAG 2.4.1 bypass blocks). */}
      <SkipLink href="#main">{t('layout.skipLink')}</SkipLink>
      <SiteHeader />
      <PageContent className="kring-content">
        {/* tabIndex -1: the skip link really moves keyboard focus here, also in Safari. */}
        <main id="main" tabIndex={-1} ref={main} className="kring-main">
          <DemoNotice />
          <Outlet />
        </main>
      </PageContent>
      <SiteFooter />
    </Document>
  );
}
