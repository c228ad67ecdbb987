import { useTranslation } from 'react-i18next';

/**
 * Shown while a page's code is still loading (a lazy route on a slow connection): grey
 * blocks in the shape of a page — a heading and a few lines of text — instead of a spinner,
 * so the layout hardly moves when the page arrives. Screen readers hear the loading text;
 * the blocks themselves are hidden from them.
 */
export function PageSkeleton() {
  const { t } = useTranslation();
  return (
    <div className="kring-skeleton" aria-busy="true">
      <p role="status" className="kring-visually-hidden">
        {t('status.loading')}
      </p>
      <div aria-hidden="true">
        <div className="kring-skeleton__heading" />
        <div className="kring-skeleton__line" />
        <div className="kring-skeleton__line" />
        <div className="kring-skeleton__line kring-skeleton__line--short" />
      </div>
    </div>
  );
}
