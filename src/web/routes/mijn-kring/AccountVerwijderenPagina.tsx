import './mijn-kring.css';
import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useAccountVerwijderen } from '../../api/mijnKring.ts';
import { isIngelogd, useSessie } from '../../api/sessie.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PageSkeleton } from '../../components/PageSkeleton.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { Foutoverzicht, Groep, type Melding } from '../hulp-vragen/formulier.tsx';
import { InloggenNodig } from './onderdelen.tsx';

const WEG = ['account', 'vragen', 'aanbod', 'toestemmingen', 'contact'] as const;
const BLIJFT = ['dossier', 'log', 'later'] as const;

/**
 * Delete my account: first, in B1, what goes at once and what the law says must be kept for
 * a while (retention, docs/privacy.md); then a confirmation, DELETE /account, and a page
 * that says it is done.
 */
export function AccountVerwijderenPagina() {
  const { t } = useDeelVertaling<'mijnKring'>();
  useDocumentTitle(t('mijnKring.verwijderen.title'));
  const sessie = useSessie();
  const navigate = useNavigate();
  const verwijder = useAccountVerwijderen();
  const [zeker, setZeker] = useState(false);
  const [meldingen, setMeldingen] = useState<Melding[]>([]);
  const [poging, setPoging] = useState(0);

  if (sessie.isPending) return <PageSkeleton />;
  if (!isIngelogd(sessie.data)) {
    return (
      <>
        <PageHeading>{t('mijnKring.verwijderen.heading')}</PageHeading>
        <InloggenNodig terug="/mijn-kring/account-verwijderen" />
      </>
    );
  }

  const bevestig = (event: FormEvent) => {
    event.preventDefault();
    setPoging((n) => n + 1);
    const fouten = zeker ? [] : [{ veld: 'zeker', tekst: t('mijnKring.verwijderen.fout') }];
    setMeldingen(fouten);
    if (fouten.length > 0) return;
    verwijder.mutate(undefined, {
      onSuccess: () => {
        void navigate('/mijn-kring/account-verwijderd', { replace: true });
        verwijder.vergeten();
      },
      onError: () => setMeldingen([{ veld: 'zeker', tekst: t('mijnKring.mislukt') }]),
    });
  };

  return (
    <>
      <Paragraph>
        <RouterLink to="/mijn-kring">{t('mijnKring.terug')}</RouterLink>
      </Paragraph>
      <PageHeading>{t('mijnKring.verwijderen.heading')}</PageHeading>
      <Paragraph lead>{t('mijnKring.verwijderen.intro')}</Paragraph>
      <Heading2>{t('mijnKring.verwijderen.wegKop')}</Heading2>
      <UnorderedList>
        {WEG.map((w) => (
          <UnorderedListItem key={w}>{t(`mijnKring.verwijderen.weg.${w}`)}</UnorderedListItem>
        ))}
      </UnorderedList>
      <Heading2>{t('mijnKring.verwijderen.blijftKop')}</Heading2>
      <UnorderedList>
        {BLIJFT.map((b) => (
          <UnorderedListItem key={b}>{t(`mijnKring.verwijderen.blijft.${b}`)}</UnorderedListItem>
        ))}
      </UnorderedList>
      <Heading2>{t('mijnKring.verwijderen.eerstKop')}</Heading2>
      <Paragraph>
        {t('mijnKring.verwijderen.eerst')}{' '}
        <RouterLink to="/mijn-gegevens">{t('mijnKring.verwijderen.downloaden')}</RouterLink>
      </Paragraph>
      <Foutoverzicht meldingen={meldingen} poging={poging} />
      <form noValidate onSubmit={bevestig} className="kring-hv-form">
        <Groep
          id="zeker"
          legenda={t('mijnKring.verwijderen.bevestigKop')}
          fout={meldingen[0]?.tekst}
        >
          <FormField type="checkbox" className="kring-hv-optie">
            <Checkbox
              id="zeker"
              checked={zeker}
              invalid={meldingen.length > 0}
              onChange={() => setZeker(!zeker)}
            />
            <FormLabel htmlFor="zeker" type="checkbox">
              {t('mijnKring.verwijderen.bevestig')}
            </FormLabel>
          </FormField>
        </Groep>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={verwijder.isPending}
          disabled={verwijder.isPending}
        >
          {t('mijnKring.verwijderen.knop')}
        </Button>
      </form>
    </>
  );
}

/** After DELETE /account: it is done, and what still happens. */
export function AccountVerwijderdPagina() {
  const { t } = useDeelVertaling<'mijnKring'>();
  useDocumentTitle(t('mijnKring.verwijderd.title'));
  return (
    <>
      <PageHeading>{t('mijnKring.verwijderd.heading')}</PageHeading>
      <Alert type="ok">
        <Paragraph>{t('mijnKring.verwijderd.tekst')}</Paragraph>
      </Alert>
      <Paragraph>{t('mijnKring.verwijderd.bewaard')}</Paragraph>
      <Paragraph>{t('mijnKring.verwijderd.vragen')}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t('mijnKring.verwijderd.start')}</RouterLink>
      </Paragraph>
    </>
  );
}
