import { type ComponentType, lazy, Suspense } from 'react';
import { PageSkeleton } from '../components/PageSkeleton.tsx';
import { loadTexts } from '../i18n/index.ts';
import type { LazySection } from '../i18n/sections.ts';

/**
 * A page whose code loads only when someone opens it. Residents' first visit then downloads
 * the start page, not the pages for staff, admins and accounts (issue 5: at most 150 kB of
 * JavaScript on a first visit; `npm run check:bundle` guards it). `sections` are the text
 * sections the page needs beyond the start texts (i18n/sections.ts); they load together with
 * the code. Meanwhile the page shows a skeleton.
 *
 *   const BeheerPage = lazyPage(
 *     () => import('../routes/BeheerPage.tsx').then((m) => m.BeheerPage),
 *     ['beheer'],
 *   );
 */
export function lazyPage(
  load: () => Promise<ComponentType>,
  sections: readonly LazySection[] = [],
): ComponentType {
  const Page = lazy(async () => {
    const [page] = await Promise.all([load(), loadTexts(sections)]);
    return { default: page };
  });
  return function LazyPage() {
    return (
      <Suspense fallback={<PageSkeleton />}>
        <Page />
      </Suspense>
    );
  };
}
