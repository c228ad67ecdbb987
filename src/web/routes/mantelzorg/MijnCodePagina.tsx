import {
  Button,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import {
  type CodeWaardering,
  useControleerCode,
  useVraagAanMetCode,
} from '../../api/mantelzorg.ts';
import type { FieldError } from '../../components/formulier/ErrorSummary.tsx';
import { KeuzeGroep } from '../../components/formulier/KeuzeGroep.tsx';
import { TextField } from '../../components/formulier/TextField.tsx';
import { useFormulier } from '../../components/formulier/useFormulier.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useDatum } from '../loket-werk/onderdelen.tsx';
import { CoachFormulier, fouten, mislukt } from '../welzijnsrecept/CoachOnderdelen.tsx';
import { serverFouten, uitlegOfMislukt, useEuro } from './ConsulentOnderdelen.tsx';
import { BASIS, useMzT } from './MijnOnderdelen.tsx';

const CODE = 'mz-code-code';
const TOESTEMMING = 'mz-code-toestemming';

/** Step 1: the code from the letter or e-mail. */
function CodeInvullen({ onGevonden }: { onGevonden: (code: string, w: CodeWaardering) => void }) {
  const { t } = useMzT();
  const controleer = useControleerCode();
  const formulier = useFormulier();
  const [code, setCode] = useState('');
  const fout = (sleutel: 'leeg' | 'werktNiet'): FieldError => ({
    field: CODE,
    message: t(`mantelzorg.code.fout.${sleutel}`),
  });
  const verstuur = () =>
    formulier.submit(
      () => fouten(!code.trim() && fout('leeg')),
      async () => onGevonden(code.trim(), await controleer.mutateAsync(code.trim())),
      (error) => {
        const knop = mislukt('mz-code', t('mantelzorg.mislukt'));
        const velden = serverFouten(error, { code: 'werktNiet' as const }, fout, knop);
        return velden[0] === knop ? uitlegOfMislukt(error, knop) : velden;
      },
    );
  return (
    <CoachFormulier
      naam="mz-code"
      formulier={formulier}
      onVerstuur={() => void verstuur()}
      knop={t('mantelzorg.code.verder')}
    >
      <TextField
        id={CODE}
        label={t('mantelzorg.code.label')}
        description={t('mantelzorg.code.hint')}
        value={code}
        onChange={setCode}
        error={formulier.errorFor(CODE)}
        autoComplete="off"
        spellCheck={false}
      />
    </CoachFormulier>
  );
}

/** Step 2: what the code is for, the yes for the steunpunt, and apply. */
function Bevestigen({
  code,
  waardering,
  onKlaar,
  onAndereCode,
}: {
  code: string;
  waardering: CodeWaardering;
  onKlaar: () => void;
  onAndereCode: () => void;
}) {
  const { t } = useMzT();
  const { dag } = useDatum();
  const euro = useEuro();
  const vraagAan = useVraagAanMetCode();
  const formulier = useFormulier();
  const [ja, setJa] = useState(false);
  const verstuur = () =>
    formulier.submit(
      () => fouten(!ja && { field: TOESTEMMING, message: t('mantelzorg.code.fout.toestemming') }),
      async () => {
        await vraagAan.mutateAsync(code);
        onKlaar();
      },
      (error) => uitlegOfMislukt(error, mislukt('mz-code-aan', t('mantelzorg.mislukt'))),
    );
  return (
    <>
      <Heading2>{t('mantelzorg.code.klopt', { jaar: waardering.jaar })}</Heading2>
      <UnorderedList>
        <UnorderedListItem>
          {t(`mantelzorg.waardering.vorm.${waardering.vorm}`, {
            bedrag: euro(waardering.bedragCent ?? 0),
          })}
        </UnorderedListItem>
        {waardering.zorg.map((z, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list has no ids (no names either)
          <UnorderedListItem key={i}>
            {t('mantelzorg.code.zorg', {
              wie: t(`mantelzorg.relatie.${z.relatie}`),
              uren: z.urenPerWeek,
            })}
          </UnorderedListItem>
        ))}
        <UnorderedListItem>
          {t('mantelzorg.waardering.tot', { datum: dag(waardering.deadline) })}
        </UnorderedListItem>
      </UnorderedList>
      <Paragraph>{t('mantelzorg.code.kloptNiet')}</Paragraph>
      <CoachFormulier
        naam="mz-code-aan"
        formulier={formulier}
        onVerstuur={() => void verstuur()}
        knop={t('mantelzorg.code.aanvragen')}
      >
        <KeuzeGroep
          id={TOESTEMMING}
          soort="checkbox"
          legend={t('mantelzorg.code.toestemmingLegend')}
          hint={t('mantelzorg.code.toestemmingHint')}
          fout={formulier.errorFor(TOESTEMMING)}
          opties={[{ waarde: 'ja', label: t('mantelzorg.code.toestemming') }]}
          gekozen={ja ? ['ja'] : []}
          onChange={(g) => setJa(g.length > 0)}
        />
      </CoachFormulier>
      <Paragraph>
        <Button type="button" appearance="subtle-button" onClick={onAndereCode}>
          {t('mantelzorg.code.andereCode')}
        </Button>
      </Paragraph>
    </>
  );
}

type Stap =
  | { soort: 'code' }
  | { soort: 'bevestigen'; code: string; waardering: CodeWaardering }
  | { soort: 'klaar'; jaar: number };

/**
 * `/mijn-kring/mantelzorg/code`: the mantelzorgwaardering with the code from the steunpunt's
 * letter or e-mail, for carers without a Kring account — no login. The code, then what it
 * is for (the campaign and the care, no names) with the consent, then done. The code stays
 * in the page's memory only, never in the address.
 */
export function MijnCodePagina() {
  const { t } = useMzT();
  useDocumentTitle(t('mantelzorg.code.title'));
  const [stap, setStap] = useState<Stap>({ soort: 'code' });
  return (
    <>
      <PageHeading>{t('mantelzorg.code.title')}</PageHeading>
      {/* Always in the page, so screen readers announce the outcome. */}
      <div role="status">
        {stap.soort === 'klaar' ? (
          <Paragraph lead>{t('mantelzorg.code.klaar', { jaar: stap.jaar })}</Paragraph>
        ) : null}
      </div>
      {stap.soort === 'code' ? (
        <>
          <Paragraph lead>{t('mantelzorg.code.intro')}</Paragraph>
          <CodeInvullen
            onGevonden={(code, waardering) => setStap({ soort: 'bevestigen', code, waardering })}
          />
          <Paragraph>
            {t('mantelzorg.code.account')}{' '}
            <RouterLink to={BASIS}>{t('mantelzorg.code.inloggen')}</RouterLink>
          </Paragraph>
        </>
      ) : null}
      {stap.soort === 'bevestigen' ? (
        <Bevestigen
          code={stap.code}
          waardering={stap.waardering}
          onKlaar={() => setStap({ soort: 'klaar', jaar: stap.waardering.jaar })}
          onAndereCode={() => setStap({ soort: 'code' })}
        />
      ) : null}
      {stap.soort === 'klaar' ? (
        <>
          <Paragraph>{t('mantelzorg.code.daarna')}</Paragraph>
          <Paragraph>{t('mantelzorg.code.hulp')}</Paragraph>
          <Paragraph>
            <RouterLink to="/">{t('mantelzorg.code.naarStart')}</RouterLink>
          </Paragraph>
        </>
      ) : null}
      {stap.soort !== 'klaar' ? <Paragraph>{t('mantelzorg.code.hulp')}</Paragraph> : null}
    </>
  );
}
