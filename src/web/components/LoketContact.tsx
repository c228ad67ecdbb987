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
import { type Dag, dagReeksen, formatTijd, groepeerInloop } from '../routes/voordeur/inloop.ts';

type Loket = Gemeente['loket'];

/** `tel:` wants digits only (and a leading +); people read the number as the gemeente wrote it. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The walk-in hours as sentences: "Maandag tot en met vrijdag: 9.00 tot 12.30 uur". */
export function useInloopTekst(): (inloop: Loket['inloop']) => string[] {
  const { t, i18n } = useTranslation();
  const taal = i18n.language;
  const dag = (d: Dag) => t(`voordeur.dagen.${d}`);
  const lijst = new Intl.ListFormat(taal, { style: 'long', type: 'conjunction' });
  return (inloop) =>
    groepeerInloop(inloop).map((groep) => {
      const dagen = lijst.format(
        dagReeksen(groep.dagen).flatMap((reeks) =>
          reeks.length >= 3
            ? [t('voordeur.loket.reeks', { van: dag(reeks[0]!), tot: dag(reeks.at(-1)!) })]
            : reeks.map(dag),
        ),
      );
      const zin = t('voordeur.loket.moment', {
        dagen,
        van: formatTijd(groep.van, taal),
        tot: formatTijd(groep.tot, taal),
      });
      return zin.charAt(0).toLocaleUpperCase(taal) + zin.slice(1);
    });
}

/**
 * The gemeente's front door without a website: phone, e-mail, address, walk-in hours.
 * Only what the gemeente filled in is shown; links let a phone call or mail in one tap.
 */
export function LoketContact({ loket }: { loket: Loket }) {
  const { t } = useTranslation();
  const inloopTekst = useInloopTekst();
  const { telefoonnummer, eMailadres, bezoekadres, inloop, toelichting } = loket;
  if (!telefoonnummer && !eMailadres && !bezoekadres && inloop.length === 0) {
    return <Paragraph>{t('voordeur.loket.empty')}</Paragraph>;
  }
  return (
    <>
      {toelichting ? <Paragraph lang="nl">{toelichting}</Paragraph> : null}
      <DataList appearance="rows" className="kring-loket">
        {telefoonnummer ? (
          <DataListItem>
            <DataListKey>{t('voordeur.loket.phone')}</DataListKey>
            <DataListValue notranslate>
              <Link href={telHref(telefoonnummer)}>{telefoonnummer}</Link>
            </DataListValue>
          </DataListItem>
        ) : null}
        {eMailadres ? (
          <DataListItem>
            <DataListKey>{t('voordeur.loket.email')}</DataListKey>
            <DataListValue notranslate>
              <Link href={`mailto:${eMailadres}`}>{eMailadres}</Link>
            </DataListValue>
          </DataListItem>
        ) : null}
        {bezoekadres ? (
          <DataListItem>
            <DataListKey>{t('voordeur.loket.address')}</DataListKey>
            <DataListValue multiline notranslate>
              {bezoekadres}
            </DataListValue>
          </DataListItem>
        ) : null}
        {inloop.length > 0 ? (
          <DataListItem>
            <DataListKey>{t('voordeur.loket.walkIn')}</DataListKey>
            <DataListValue>
              <ul className="kring-loket__inloop">
                {inloopTekst(inloop).map((regel) => (
                  <li key={regel}>{regel}</li>
                ))}
              </ul>
            </DataListValue>
          </DataListItem>
        ) : null}
      </DataList>
    </>
  );
}
