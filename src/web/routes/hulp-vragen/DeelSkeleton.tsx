import { useTranslation } from 'react-i18next';

/**
 * A few grey lines while part of a page loads (no spinner); screen readers hear the text.
 * Its own file: the check page and the account step need only this of the form's parts.
 */
export function DeelSkeleton() {
  const { t } = useTranslation();
  return (
    <div aria-busy="true">
      <p role="status" className="kring-visually-hidden">
        {t('status.loading')}
      </p>
      <div aria-hidden="true">
        <div className="kring-skeleton__line" />
        <div className="kring-skeleton__line kring-skeleton__line--short" />
      </div>
    </div>
  );
}
