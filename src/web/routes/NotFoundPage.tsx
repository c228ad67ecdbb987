import { LinkList, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading.tsx';
import { RouterLinkListLink } from '../components/RouterLink.tsx';
import { useDocumentTitle } from '../components/useDocumentTitle.ts';

/** For any address the app does not know: say so plainly and offer the real pages. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));

  return (
    <>
      <PageHeading>{t('notFound.heading')}</PageHeading>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>{t('notFound.choose')}</Paragraph>
      <LinkList>
        <RouterLinkListLink to="/">{t('notFound.inwoner')}</RouterLinkListLink>
        <RouterLinkListLink to="/werkplek">{t('notFound.werkplek')}</RouterLinkListLink>
        <RouterLinkListLink to="/beheer">{t('notFound.beheer')}</RouterLinkListLink>
      </LinkList>
    </>
  );
}
