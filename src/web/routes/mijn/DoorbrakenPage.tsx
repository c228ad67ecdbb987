import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading3,
  Paragraph,
  RadioButton,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Doorbraak, useBeoordeelDoorbraak, useDoorbraken } from '../../api/privacy.ts';
import type { Invoer } from '../../components/formulier/invoer.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { LaadFout, useDatumTijd } from './MijnOnderdelen.tsx';

function Rij({ label, children }: { label: string; children: string }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue className="kring-privacy-breek">{children}</DataListValue>
    </DataListItem>
  );
}

function Beoordeling({
  doorbraak,
  onKlaar,
}: {
  doorbraak: Doorbraak;
  onKlaar: (m: string) => void;
}) {
  const { t } = useTranslation();
  const { tijd } = useDatumTijd();
  const beoordeel = useBeoordeelDoorbraak();
  const [oordeel, setOordeel] = useState<'terecht' | 'onterecht' | ''>('');
  const [toelichting, setToelichting] = useState('');
  const [leeg, setLeeg] = useState(false);
  const id = doorbraak.id;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!oordeel) {
      setLeeg(true);
      return;
    }
    setLeeg(false);
    beoordeel.mutate(
      { id, oordeel, toelichting },
      {
        onSuccess: () => onKlaar(t('doorbraken.opgeslagen', { medewerker: doorbraak.medewerker })),
      },
    );
  };
  return (
    <article className="kring-privacy-kaart" aria-labelledby={`d-${id}`}>
      <Heading3 id={`d-${id}`}>
        {t('doorbraken.kop', { medewerker: doorbraak.medewerker, op: tijd(doorbraak.op) })}
      </Heading3>
      <DataList>
        <Rij label={t('doorbraken.rol')}>
          {`${t(`mijnGegevens.rol.${doorbraak.rol}`, { defaultValue: doorbraak.rol })}${doorbraak.organisatie ? `, ${doorbraak.organisatie}` : ''}`}
        </Rij>
        <Rij label={t('doorbraken.reden')}>{doorbraak.reden}</Rij>
        <Rij label={t('doorbraken.inzages')}>{String(doorbraak.aantalInzages)}</Rij>
        <Rij label={t('doorbraken.geldigTot')}>{tijd(doorbraak.geldigTot)}</Rij>
      </DataList>
      <form onSubmit={submit} noValidate>
        {leeg ? (
          <Alert type="error">
            <Paragraph>{t('doorbraken.kiesOordeel')}</Paragraph>
          </Alert>
        ) : null}
        {beoordeel.isError ? (
          <Alert type="error">
            <Paragraph>{t('status.error.text')}</Paragraph>
          </Alert>
        ) : null}
        <Fieldset invalid={leeg}>
          <FieldsetLegend>{t('doorbraken.oordeel')}</FieldsetLegend>
          {(['terecht', 'onterecht'] as const).map((o) => (
            <FormField type="radio" key={o}>
              <RadioButton
                id={`${id}-${o}`}
                name={`oordeel-${id}`}
                value={o}
                checked={oordeel === o}
                onChange={() => setOordeel(o)}
              />
              <FormLabel htmlFor={`${id}-${o}`} type="radio">
                {t(`doorbraken.${o}`)}
              </FormLabel>
            </FormField>
          ))}
        </Fieldset>
        <FormField>
          <FormLabel htmlFor={`${id}-toelichting`}>{t('doorbraken.toelichting')}</FormLabel>
          <Textbox
            id={`${id}-toelichting`}
            value={toelichting}
            onChange={(e: Invoer) => setToelichting(e.currentTarget.value)}
          />
        </FormField>
        <Button type="submit" appearance="primary-action-button" disabled={beoordeel.isPending}>
          {t('doorbraken.opslaan')}
        </Button>
      </form>
    </article>
  );
}

/** The gemeente admin's review list of break-glass access. No person data on this page. */
export function DoorbrakenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('doorbraken.title'));
  const lijst = useDoorbraken();
  const [melding, setMelding] = useState('');
  return (
    <>
      <PageHeading>{t('doorbraken.heading')}</PageHeading>
      <Paragraph lead>{t('doorbraken.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/beheer">{t('doorbraken.terug')}</RouterLink>
      </Paragraph>
      <div role="status" className="kring-privacy-melding">
        {melding ? <Paragraph>{melding}</Paragraph> : null}
      </div>
      <LoadingStatus loading={lijst.isPending} />
      {lijst.isError ? <LaadFout error={lijst.error} onRetry={() => void lijst.refetch()} /> : null}
      {lijst.data && lijst.data.doorbraken.length === 0 ? (
        <Paragraph>{t('doorbraken.leeg')}</Paragraph>
      ) : null}
      {lijst.data?.doorbraken.map((d) => (
        <Beoordeling key={d.id} doorbraak={d} onKlaar={setMelding} />
      ))}
    </>
  );
}
