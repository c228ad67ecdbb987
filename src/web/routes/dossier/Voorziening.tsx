import { Button, Paragraph, Textbox } from '@utrecht/component-library-react';
import { type KeyboardEvent, useState } from 'react';
import type { Invoer } from '../../components/formulier/invoer.ts';
import { KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { Veld } from '../../components/formulier/TextField.tsx';
import { useZoekAanbod } from '../sociale-kaart/api.ts';
import { useDosT } from './onderdelen.tsx';

/** The first few matches of the public sociale kaart search, to choose one from. */
function Treffers({
  id,
  tekst,
  gekozen,
  onKies,
}: {
  id: string;
  tekst: string;
  gekozen: string;
  onKies: (aanbod: { id: string; naam: string }) => void;
}) {
  const { t } = useDosT();
  const zoek = useZoekAanbod(new URLSearchParams({ tekst, paginaGrootte: '6' }).toString());
  if (zoek.isPending) return <Paragraph role="status">{t('dossier.voorziening.zoeken')}</Paragraph>;
  if (zoek.isError) return <Paragraph role="status">{t('dossier.algemeen.mislukt')}</Paragraph>;
  const treffers = zoek.data.treffers;
  if (treffers.length === 0) {
    return <Paragraph role="status">{t('dossier.voorziening.niets')}</Paragraph>;
  }
  return (
    <KeuzeGroep
      id={`${id}-treffers`}
      soort="radio"
      legend={t('dossier.voorziening.kies', { count: zoek.data.totaal })}
      opties={treffers.map((a) => ({
        waarde: a.id,
        label: t('dossier.voorziening.treffer', { naam: a.naam, organisatie: a.organisatie.naam }),
      }))}
      gekozen={gekozen ? [gekozen] : []}
      onChange={([kies]) => {
        const a = treffers.find((x) => x.id === kies);
        if (a) onKies({ id: a.id, naam: a.naam });
      }}
    />
  );
}

/**
 * An algemene voorziening for a plan action: search the sociale kaart (its public search,
 * the same as residents use) and choose an entry. Inside the plan's form, so Enter searches
 * here instead of saving the whole plan.
 */
export function VoorzieningKiezer({
  id,
  fout,
  aanbodId,
  naam,
  onKies,
}: {
  /** The search field's id; the error summary links here. */
  id: string;
  fout?: string | undefined;
  aanbodId: string;
  naam: string;
  onKies: (aanbod: { id: string; naam: string }) => void;
}) {
  const { t } = useDosT();
  const [invoer, setInvoer] = useState('');
  const [gezocht, setGezocht] = useState('');
  const zoek = () => setGezocht(invoer.trim());
  return (
    <div className="kring-dos-voorziening">
      {aanbodId ? <Paragraph>{t('dossier.voorziening.gekozen', { naam })}</Paragraph> : null}
      <Veld
        id={id}
        label={t('dossier.voorziening.label')}
        description={t('dossier.voorziening.hint')}
        error={fout}
      >
        {(describedBy) => (
          <Textbox
            id={id}
            name={id}
            value={invoer}
            invalid={!!fout}
            autoComplete="off"
            aria-describedby={describedBy}
            onChange={(e: Invoer) => setInvoer(e.currentTarget.value)}
            onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                zoek();
              }
            }}
          />
        )}
      </Veld>
      <Button appearance="secondary-action-button" onClick={zoek}>
        {t('dossier.voorziening.zoek')}
      </Button>
      {gezocht ? <Treffers id={id} tekst={gezocht} gekozen={aanbodId} onKies={onKies} /> : null}
    </div>
  );
}
