import { Alert, Button, ButtonGroup, LinkList, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { RouterLinkListLink } from '../../components/RouterLink.tsx';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { metTerug } from '../registreren/terug.ts';

/**
 * A button that asks once more before something that cannot be undone (withdraw, delete).
 * The question takes focus when it opens, so a screen reader reads it at once.
 */
export function MetBevestiging({
  knop,
  vraag,
  ja,
  bezig,
  onJa,
}: {
  knop: string;
  vraag: string;
  ja: string;
  bezig: boolean;
  onJa: () => void;
}) {
  const { t } = useDeelVertaling<'mijnKring'>();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (open) ref.current?.focus();
  }, [open]);
  if (!open) {
    return (
      <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
        {knop}
      </Button>
    );
  }
  return (
    <div className="kring-mk-bevestig">
      <Paragraph ref={ref} tabIndex={-1} className="kring-mk-bevestig__vraag">
        {vraag}
      </Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" busy={bezig} disabled={bezig} onClick={onJa}>
          {ja}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => setOpen(false)}>
          {t('mijnKring.nee')}
        </Button>
      </ButtonGroup>
    </div>
  );
}

/** Not logged in (401) → say so; anything else → the usual error with a retry. */
export function Laadfout({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useDeelVertaling<'mijnKring'>();
  if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
    return (
      <Alert type="warning">
        <Paragraph>{t('mijnKring.geenToegang')}</Paragraph>
      </Alert>
    );
  }
  return <ErrorAlert onRetry={onRetry} />;
}

/** A card for one request, proposal or offer. */
export function Kaart({ id, kop, children }: { id: string; kop: ReactNode; children: ReactNode }) {
  return (
    <article className="kring-mk-kaart" aria-labelledby={id}>
      <h3 id={id} className="utrecht-heading-3">
        {kop}
      </h3>
      {children}
    </article>
  );
}

/** Date and time in the reader's language. */
export function useTijd() {
  const { i18n } = useDeelVertaling<'mijnKring'>();
  const datum = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  const tijd = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    datum: (iso: string) => datum.format(new Date(iso)),
    tijd: (iso: string) => tijd.format(new Date(iso)),
  };
}

/** Not logged in: say why, and how to log in or make an account (and come back here). */
export function InloggenNodig({ terug }: { terug: string }) {
  const { t } = useDeelVertaling<'mijnKring'>();
  return (
    <>
      <Alert type="info">
        <Paragraph>{t('mijnKring.inloggen.tekst')}</Paragraph>
      </Alert>
      <LinkList>
        <RouterLinkListLink to={metTerug('/inloggen', terug)}>
          {t('mijnKring.inloggen.inloggen')}
        </RouterLinkListLink>
        <RouterLinkListLink to={metTerug('/account-maken', terug)}>
          {t('mijnKring.inloggen.account')}
        </RouterLinkListLink>
      </LinkList>
    </>
  );
}
