import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { type Hulpvraag, useMijnHulpvragen } from '../../api/hulpvragen.ts';
import { startGesprek, useVerwijderHulpvraag } from '../../api/mijnKring.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { DeelSkeleton, KnopLink } from '../hulp-vragen/formulier.tsx';
import { WatGebeurtEr } from '../hulp-vragen/WatGebeurtEr.tsx';
import { Kaart, Laadfout, MetBevestiging, useTijd } from './onderdelen.tsx';

type Melden = (tekst: string) => void;

const INTREKBAAR = new Set(['ingediend', 'in-behandeling', 'in-matching']);

function useOnderwerp() {
  const { t } = useDeelVertaling<'mijnKring' | 'loket'>();
  return (h: Hulpvraag) =>
    (h.antwoorden.categorieen ?? []).map((c) => t(`loket.categorie.${c}`)).join(', ') ||
    t('mijnKring.vragen.geenOnderwerp');
}

/** A concept: continue where the resident stopped, or delete it. */
function Concept({ h, onMelding }: { h: Hulpvraag; onMelding: Melden }) {
  const { t } = useDeelVertaling<'mijnKring'>();
  const { datum } = useTijd();
  const onderwerp = useOnderwerp();
  const verwijder = useVerwijderHulpvraag();
  return (
    <Kaart
      id={`concept-${h.id}`}
      kop={t('mijnKring.vragen.conceptKop', { datum: datum(h.gewijzigdOp) })}
    >
      <Paragraph>{t('mijnKring.vragen.over', { onderwerp: onderwerp(h) })}</Paragraph>
      <Paragraph>{t('mijnKring.vragen.nietVerstuurd')}</Paragraph>
      <ButtonGroup>
        <KnopLink naar="/hulp-vragen/verder" staat={{ conceptId: h.id }}>
          {t('mijnKring.vragen.verder')}
        </KnopLink>
        <MetBevestiging
          knop={t('mijnKring.vragen.verwijderen')}
          vraag={t('mijnKring.vragen.verwijderenVraag')}
          ja={t('mijnKring.vragen.verwijderenJa')}
          bezig={verwijder.isPending}
          onJa={() =>
            verwijder.mutate(h.id, {
              onSuccess: () => onMelding(t('mijnKring.vragen.verwijderd')),
            })
          }
        />
      </ButtonGroup>
      {verwijder.isError ? (
        <Alert type="error">
          <Paragraph>{t('mijnKring.mislukt')}</Paragraph>
        </Alert>
      ) : null}
    </Kaart>
  );
}

/** What happens next, per status, in words. */
function Volgende({ h }: { h: Hulpvraag }) {
  const { t } = useDeelVertaling<'mijnKring'>();
  if (h.status === 'ingediend' && h.routering) {
    return <WatGebeurtEr routering={h.routering} verstuurd />;
  }
  if (h.status === 'in-behandeling' && h.behandelaar) {
    return <Paragraph>{t('mijnKring.volgende.inBehandelingDoor', h.behandelaar)}</Paragraph>;
  }
  return (
    <Paragraph>{t(`mijnKring.volgende.${h.status}` as 'mijnKring.volgende.ingediend')}</Paragraph>
  );
}

/** A sent request: its status in words, what happens next, a message, withdraw. */
function Verstuurd({ h, onMelding }: { h: Hulpvraag; onMelding: Melden }) {
  const { t } = useDeelVertaling<'mijnKring' | 'loket'>();
  const { datum } = useTijd();
  const onderwerp = useOnderwerp();
  const navigate = useNavigate();
  const intrekken = useVerwijderHulpvraag();
  const [berichtMislukt, setBerichtMislukt] = useState(false);
  return (
    <Kaart id={`vraag-${h.id}`} kop={t('mijnKring.vragen.vraagKop', { onderwerp: onderwerp(h) })}>
      <Paragraph>
        {t('mijnKring.vragen.status')} <strong>{t(`loket.status.${h.status}`)}</strong>
      </Paragraph>
      {h.ingediendOp ? (
        <Paragraph>{t('mijnKring.vragen.verstuurdOp', { datum: datum(h.ingediendOp) })}</Paragraph>
      ) : null}
      <Volgende h={h} />
      <ButtonGroup>
        {h.behandelaar ? (
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              setBerichtMislukt(false);
              startGesprek({ hulpvraagId: h.id })
                .then((g) => navigate(`/mijn-kring/berichten/${g.id}`))
                .catch(() => setBerichtMislukt(true));
            }}
          >
            {t('mijnKring.vragen.bericht', { naam: h.behandelaar.naam })}
          </Button>
        ) : null}
        {INTREKBAAR.has(h.status) ? (
          <MetBevestiging
            knop={t('mijnKring.vragen.intrekken')}
            vraag={t('mijnKring.vragen.intrekkenVraag')}
            ja={t('mijnKring.vragen.intrekkenJa')}
            bezig={intrekken.isPending}
            onJa={() =>
              intrekken.mutate(h.id, {
                onSuccess: () => onMelding(t('mijnKring.vragen.ingetrokken')),
              })
            }
          />
        ) : null}
      </ButtonGroup>
      {intrekken.isError || berichtMislukt ? (
        <Alert type="error">
          <Paragraph>{t('mijnKring.mislukt')}</Paragraph>
        </Alert>
      ) : null}
    </Kaart>
  );
}

/** "Mijn vragen": concepts to continue or delete, and sent requests with their status. */
export function MijnVragen({ onMelding }: { onMelding: Melden }) {
  const { t } = useDeelVertaling<'mijnKring'>();
  const mijn = useMijnHulpvragen();
  const concepten = mijn.data?.hulpvragen.filter((h) => h.status === 'concept') ?? [];
  const verstuurd = mijn.data?.hulpvragen.filter((h) => h.status !== 'concept') ?? [];
  return (
    <section aria-labelledby="mk-vragen" id="vragen">
      <Heading2 id="mk-vragen">{t('mijnKring.vragen.heading')}</Heading2>
      {mijn.isPending ? <DeelSkeleton /> : null}
      {mijn.isError ? <Laadfout error={mijn.error} onRetry={() => void mijn.refetch()} /> : null}
      {mijn.data ? (
        <>
          {concepten.length > 0 ? (
            <>
              <Paragraph>{t('mijnKring.vragen.gaVerder')}</Paragraph>
              {concepten.map((h) => (
                <Concept key={h.id} h={h} onMelding={onMelding} />
              ))}
            </>
          ) : null}
          {verstuurd.map((h) => (
            <Verstuurd key={h.id} h={h} onMelding={onMelding} />
          ))}
          {mijn.data.hulpvragen.length === 0 ? (
            <Paragraph>{t('mijnKring.vragen.geen')}</Paragraph>
          ) : null}
          <KnopLink naar="/hulp-vragen" secundair>
            {t('mijnKring.vragen.nieuw')}
          </KnopLink>
        </>
      ) : null}
    </section>
  );
}
