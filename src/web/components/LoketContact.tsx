import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Link,
  Paragraph,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Gemeente } from '../api/gemeente.ts';

/** `tel:` wants digits only (and a leading +); people read the number as the gemeente wrote it. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/**
 * The gemeente's front door without a website: phone, e-mail, address, walk-in hours.
 * Only what the gemeente filled in is shown; links let a phone call or mail in one tap.
 */
export function LoketContact({ loket }: { loket: Gemeente['loket'] }) {
  const { t } = useTranslation();
  const { telefoonnummer, eMailadres, bezoekadres, inloopuren } = loket;
  if (!telefoonnummer && !eMailadres && !bezoekadres && !inloopuren) {
    return <Paragraph>{t('inwoner.contact.empty')}</Paragraph>;
  }
  return (
    <DataList appearance="rows" className="kring-loket">
      {telefoonnummer ? (
        <DataListItem>
          <DataListKey>{t('inwoner.contact.phone')}</DataListKey>
          <DataListValue notranslate>
            <Link href={telHref(telefoonnummer)}>{telefoonnummer}</Link>
          </DataListValue>
        </DataListItem>
      ) : null}
      {eMailadres ? (
        <DataListItem>
          <DataListKey>{t('inwoner.contact.email')}</DataListKey>
          <DataListValue notranslate>
            <Link href={`mailto:${eMailadres}`}>{eMailadres}</Link>
          </DataListValue>
        </DataListItem>
      ) : null}
      {bezoekadres ? (
        <DataListItem>
          <DataListKey>{t('inwoner.contact.address')}</DataListKey>
          <DataListValue multiline notranslate>
            {bezoekadres}
          </DataListValue>
        </DataListItem>
      ) : null}
      {inloopuren ? (
        <DataListItem>
          <DataListKey>{t('inwoner.contact.walkIn')}</DataListKey>
          <DataListValue multiline>{inloopuren}</DataListValue>
        </DataListItem>
      ) : null}
    </DataList>
  );
}
