import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Checkbox,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type ChangeEvent, type FormEvent, useEffect, useRef, useState } from 'react';
import type {
  KaartImportRapport,
  KaartImportVerzoek,
} from '../../../../server/modules/hsds/model.ts';
import { apiSend } from '../../../api/client.ts';
import { ErrorSummary, type FieldError } from '../../../components/formulier/ErrorSummary.tsx';
import { statusVan, useFormulier } from '../../../components/formulier/useFormulier.ts';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { RouterLink } from '../../../components/RouterLink.tsx';
import { ScrollTabel } from '../../../components/ScrollTabel.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { type KaartT, useKaartVertaling } from '../vertaling.ts';
import '../../../theme/beheer.css';
import {
  type BestandFout,
  controleerBestand,
  formaatVan,
  type ImportFormaat,
  kolomVoorVeld,
} from './importBestand.ts';
import { AlleenVoor, KaartbeheerMenu } from './Kaartbeheer.tsx';

const BESTAND = 'import-bestand';
const GEDEELTELIJK = 'import-gedeeltelijk';

/** The file as it was checked: the import sends exactly this text, never a newer file. */
interface Controle {
  bestand: File;
  formaat: ImportFormaat;
  inhoud: string;
  rapport: KaartImportRapport;
}

/** Thrown when the file holds only spaces or line breaks (its size said it was not empty). */
class LeegBestand extends Error {}

const importeer = (verzoek: KaartImportVerzoek) =>
  apiSend<KaartImportRapport>('POST', '/kaart-imports', verzoek);

function bestandFoutTekst(t: KaartT, fout: BestandFout): string {
  return t(`socialeKaart.beheer.import.fout.${fout}`);
}

/** The server's refusal in the user's language, on the file field. */
function vanServer(t: KaartT, error: unknown): FieldError[] {
  if (error instanceof LeegBestand) {
    return [{ field: BESTAND, message: bestandFoutTekst(t, 'leeg') }];
  }
  const status = statusVan(error);
  const sleutel =
    status === 413
      ? 'socialeKaart.beheer.import.fout.groot'
      : status === 403 || status === 401
        ? 'socialeKaart.beheer.import.fout.geenToegang'
        : 'socialeKaart.beheer.import.fout.server';
  return [{ field: BESTAND, message: t(sleutel) }];
}

/** The numbers of a report as a list of key and value. */
function Aantallen({ rijen }: { rijen: [string, number][] }) {
  return (
    <DataList appearance="rows">
      {rijen.map(([sleutel, waarde]) => (
        <DataListItem key={sleutel}>
          <DataListKey>{sleutel}</DataListKey>
          <DataListValue>{waarde}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

/** Every row-level problem in a table: row, column (or field), reason. */
function Meldingen({
  id,
  kop,
  uitleg,
  meldingen,
  formaat,
}: {
  id: string;
  kop: string;
  uitleg: string;
  meldingen: KaartImportRapport['fouten'];
  formaat: ImportFormaat;
}) {
  const { t } = useKaartVertaling();
  return (
    <div>
      <Heading3 id={id}>{kop}</Heading3>
      <Paragraph>{uitleg}</Paragraph>
      <ScrollTabel labelledBy={id}>
        <Table className="kring-sk-importfouten">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">
                {t('socialeKaart.beheer.import.fouten.rij')}
              </TableHeaderCell>
              <TableHeaderCell scope="col">
                {formaat === 'csv'
                  ? t('socialeKaart.beheer.import.fouten.kolom')
                  : t('socialeKaart.beheer.import.fouten.veld')}
              </TableHeaderCell>
              <TableHeaderCell scope="col">
                {t('socialeKaart.beheer.import.fouten.reden')}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {meldingen.map((m, i) => (
              // The same row and field can have two reasons: the index keeps keys unique.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list never changes order
              <TableRow key={`${m.rij}-${m.veld}-${i}`}>
                <TableHeaderCell scope="row">
                  {m.rij === 0 ? t('socialeKaart.beheer.import.fouten.heleBestand') : m.rij}
                </TableHeaderCell>
                <TableCell>
                  {m.rij === 0 || !m.veld ? '' : kolomVoorVeld(m.veld, formaat)}
                </TableCell>
                <TableCell>{m.reden}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollTabel>
    </div>
  );
}

/** A heading that takes focus when it appears, so a screen reader reads the result. */
function UitslagKop({
  id,
  beschrijving,
  children,
}: {
  id: string;
  beschrijving: string;
  children: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Heading2
      id={id}
      ref={ref}
      tabIndex={-1}
      aria-describedby={beschrijving}
      className="kring-sk-uitslag-kop"
    >
      {children}
    </Heading2>
  );
}

function ControleUitslag({ controle }: { controle: Controle }) {
  const { t } = useKaartVertaling();
  const { rapport, formaat } = controle;
  const fouten = rapport.fouten.length;
  let samenvatting = t('socialeKaart.beheer.import.controle.geenFouten');
  if (rapport.goed === 0) samenvatting = t('socialeKaart.beheer.import.controle.geenGoed');
  else if (fouten > 0)
    samenvatting = t('socialeKaart.beheer.import.controle.welFouten', { count: fouten });
  return (
    <section aria-labelledby="import-controle" className="kring-sk-importuitslag">
      <UitslagKop id="import-controle" beschrijving="import-controle-samenvatting">
        {t('socialeKaart.beheer.import.controle.kop')}
      </UitslagKop>
      <Paragraph id="import-controle-samenvatting">{samenvatting}</Paragraph>
      <Aantallen
        rijen={[
          [t('socialeKaart.beheer.import.controle.rijen'), rapport.rijen],
          [t('socialeKaart.beheer.import.controle.goed'), rapport.goed],
          [t('socialeKaart.beheer.import.controle.fout'), rapport.rijen - rapport.goed],
        ]}
      />
      {rapport.goed > 0 ? (
        <>
          <Paragraph>{t('socialeKaart.beheer.import.controle.opKaart')}</Paragraph>
          <Aantallen
            rijen={[
              [t('socialeKaart.beheer.import.controle.aanbod'), rapport.aantallen.aanbod],
              [
                t('socialeKaart.beheer.import.controle.organisaties'),
                rapport.aantallen.organisaties,
              ],
              [t('socialeKaart.beheer.import.controle.locaties'), rapport.aantallen.locaties],
            ]}
          />
        </>
      ) : null}
      {fouten > 0 ? (
        <Meldingen
          id="import-fouten"
          kop={t('socialeKaart.beheer.import.fouten.kop', { count: fouten })}
          uitleg={t('socialeKaart.beheer.import.fouten.uitleg')}
          meldingen={rapport.fouten}
          formaat={formaat}
        />
      ) : null}
      {rapport.waarschuwingen.length > 0 ? (
        <Meldingen
          id="import-waarschuwingen"
          kop={t('socialeKaart.beheer.import.waarschuwingen.kop', {
            count: rapport.waarschuwingen.length,
          })}
          uitleg={t('socialeKaart.beheer.import.waarschuwingen.uitleg')}
          meldingen={rapport.waarschuwingen}
          formaat={formaat}
        />
      ) : null}
    </section>
  );
}

function ImportUitslag({
  rapport,
  formaat,
}: {
  rapport: KaartImportRapport;
  formaat: ImportFormaat;
}) {
  const { t } = useKaartVertaling();
  return (
    <section aria-labelledby="import-uitslag" className="kring-sk-importuitslag">
      <UitslagKop id="import-uitslag" beschrijving="import-uitslag-samenvatting">
        {t('socialeKaart.beheer.import.uitslag.kop')}
      </UitslagKop>
      <Paragraph id="import-uitslag-samenvatting">
        {rapport.geimporteerd
          ? t('socialeKaart.beheer.import.uitslag.gelukt')
          : t('socialeKaart.beheer.import.uitslag.niets')}
      </Paragraph>
      {rapport.geimporteerd ? (
        <>
          <Aantallen
            rijen={[
              [t('socialeKaart.beheer.import.controle.aanbod'), rapport.aantallen.aanbod],
              [
                t('socialeKaart.beheer.import.controle.organisaties'),
                rapport.aantallen.organisaties,
              ],
              [t('socialeKaart.beheer.import.controle.locaties'), rapport.aantallen.locaties],
              [t('socialeKaart.beheer.import.uitslag.overgeslagen'), rapport.rijen - rapport.goed],
            ]}
          />
          <Paragraph>
            <RouterLink to="/sociale-kaart">
              {t('socialeKaart.beheer.import.uitslag.zoeken')}
            </RouterLink>
          </Paragraph>
          <Paragraph>{t('socialeKaart.beheer.import.uitslag.nogEen')}</Paragraph>
        </>
      ) : rapport.fouten.length > 0 ? (
        <Meldingen
          id="import-uitslag-fouten"
          kop={t('socialeKaart.beheer.import.fouten.kop', { count: rapport.fouten.length })}
          uitleg={t('socialeKaart.beheer.import.fouten.uitleg')}
          meldingen={rapport.fouten}
          formaat={formaat}
        />
      ) : null}
    </section>
  );
}

/** What the two formats look like, in plain words. */
function Uitleg() {
  const { t } = useKaartVertaling();
  return (
    <section aria-labelledby="import-formaten">
      <Heading2 id="import-formaten">{t('socialeKaart.beheer.import.formaten.kop')}</Heading2>
      <Heading3>{t('socialeKaart.beheer.import.formaten.csvKop')}</Heading3>
      <Paragraph>{t('socialeKaart.beheer.import.formaten.csv')}</Paragraph>
      <Paragraph>{t('socialeKaart.beheer.import.formaten.csvVerplicht')}</Paragraph>
      <Paragraph>{t('socialeKaart.beheer.import.formaten.csvLocatie')}</Paragraph>
      <Paragraph>{t('socialeKaart.beheer.import.formaten.csvLijsten')}</Paragraph>
      <Paragraph>{t('socialeKaart.beheer.import.formaten.csvMeer')}</Paragraph>
      <Heading3>{t('socialeKaart.beheer.import.formaten.hsdsKop')}</Heading3>
      <Paragraph>{t('socialeKaart.beheer.import.formaten.hsds')}</Paragraph>
      <Paragraph>{t('socialeKaart.beheer.import.formaten.opnieuw')}</Paragraph>
      <Alert type="warning">
        <Paragraph>{t('socialeKaart.beheer.import.formaten.online')}</Paragraph>
      </Alert>
    </section>
  );
}

function Importeren() {
  const { t } = useKaartVertaling();
  const client = useQueryClient();
  const form = useFormulier();
  const [bestand, setBestand] = useState<File | null>(null);
  const [controle, setControle] = useState<Controle | null>(null);
  const [gedeeltelijk, setGedeeltelijk] = useState(false);
  const [uitslag, setUitslag] = useState<KaartImportRapport | null>(null);
  const bestandFout = form.errorFor(BESTAND);
  const gedeeltelijkFout = form.errorFor(GEDEELTELIJK);
  const gecontroleerd = controle !== null && controle.bestand === bestand ? controle : null;
  const metFouten = (gecontroleerd?.rapport.fouten.length ?? 0) > 0;
  const kanImporteren = gecontroleerd !== null && gecontroleerd.rapport.goed > 0 && !uitslag;

  const kies = (event: ChangeEvent<HTMLInputElement>) => {
    setBestand(event.currentTarget.files?.[0] ?? null);
    setControle(null);
    setUitslag(null);
    setGedeeltelijk(false);
  };

  const controleer = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(
      () => {
        const fout = controleerBestand(bestand);
        return fout ? [{ field: BESTAND, message: bestandFoutTekst(t, fout) }] : [];
      },
      async () => {
        if (!bestand) return;
        const formaat = formaatVan(bestand.name) ?? 'csv';
        const inhoud = await bestand.text();
        if (inhoud.trim() === '') throw new LeegBestand();
        setControle(null);
        setUitslag(null);
        const rapport = await importeer({ formaat, inhoud, proefdraai: true });
        setGedeeltelijk(false);
        setControle({ bestand, formaat, inhoud, rapport });
      },
      (error) => vanServer(t, error),
    );
  };

  const importeren = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(
      () =>
        metFouten && !gedeeltelijk
          ? [
              {
                field: GEDEELTELIJK,
                message: t('socialeKaart.beheer.import.fout.kiesGedeeltelijk'),
              },
            ]
          : [],
      async () => {
        if (!gecontroleerd) return;
        const rapport = await importeer({
          formaat: gecontroleerd.formaat,
          inhoud: gecontroleerd.inhoud,
          proefdraai: false,
          gedeeltelijk,
        });
        setUitslag(rapport);
        if (rapport.geimporteerd) await client.invalidateQueries({ queryKey: ['sociale-kaart'] });
      },
      (error) => vanServer(t, error),
    );
  };

  const hintId = `${BESTAND}-hint`;
  const foutId = `${BESTAND}-fout`;
  return (
    <>
      <ErrorSummary errors={form.errors} attempt={form.attempt} />
      <Uitleg />
      <section aria-labelledby="import-stap1">
        <Heading2 id="import-stap1">{t('socialeKaart.beheer.import.stap1.kop')}</Heading2>
        <Paragraph>{t('socialeKaart.beheer.import.stap1.uitleg')}</Paragraph>
        <form noValidate className="kring-sk-importformulier" onSubmit={controleer}>
          <FormField invalid={!!bestandFout} className="kring-field">
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={BESTAND}>
                {t('socialeKaart.beheer.import.bestand.label')}
              </FormLabel>
            </div>
            <FormFieldDescription id={hintId} className="utrecht-form-field__description">
              {t('socialeKaart.beheer.import.bestand.hint')}
            </FormFieldDescription>
            {bestandFout ? (
              <FormFieldErrorMessage id={foutId} className="utrecht-form-field__error-message">
                {bestandFout}
              </FormFieldErrorMessage>
            ) : null}
            <div className="utrecht-form-field__input">
              <input
                id={BESTAND}
                name={BESTAND}
                type="file"
                accept=".json,.csv,application/json,text/csv"
                className="kring-sk-bestand"
                aria-invalid={bestandFout ? true : undefined}
                aria-describedby={bestandFout ? `${hintId} ${foutId}` : hintId}
                onChange={kies}
              />
            </div>
          </FormField>
          <Button type="submit" appearance="primary-action-button" busy={form.busy}>
            {t('socialeKaart.beheer.import.stap1.knop')}
          </Button>
        </form>
      </section>
      {gecontroleerd ? <ControleUitslag controle={gecontroleerd} /> : null}
      <section aria-labelledby="import-stap2">
        <Heading2 id="import-stap2">{t('socialeKaart.beheer.import.stap2.kop')}</Heading2>
        {kanImporteren ? (
          <form noValidate className="kring-sk-importformulier" onSubmit={importeren}>
            {metFouten ? (
              <>
                <Alert type="warning">
                  <Paragraph>{t('socialeKaart.beheer.import.stap2.letOp')}</Paragraph>
                </Alert>
                <FormField type="checkbox" invalid={!!gedeeltelijkFout} className="kring-sk-vinkje">
                  {gedeeltelijkFout ? (
                    <FormFieldErrorMessage
                      id={`${GEDEELTELIJK}-fout`}
                      className="utrecht-form-field__error-message"
                    >
                      {gedeeltelijkFout}
                    </FormFieldErrorMessage>
                  ) : null}
                  <div className="utrecht-form-field__input">
                    <Checkbox
                      id={GEDEELTELIJK}
                      checked={gedeeltelijk}
                      invalid={!!gedeeltelijkFout}
                      aria-describedby={gedeeltelijkFout ? `${GEDEELTELIJK}-fout` : undefined}
                      onChange={() => setGedeeltelijk(!gedeeltelijk)}
                    />
                  </div>
                  <div className="utrecht-form-field__label">
                    <FormLabel htmlFor={GEDEELTELIJK} type="checkbox">
                      {t('socialeKaart.beheer.import.stap2.gedeeltelijk')}
                    </FormLabel>
                  </div>
                </FormField>
              </>
            ) : null}
            <Button type="submit" appearance="primary-action-button" busy={form.busy}>
              {t('socialeKaart.beheer.import.stap2.knop')}
            </Button>
          </form>
        ) : uitslag ? null : (
          <Paragraph>{t('socialeKaart.beheer.import.stap2.eerstControleren')}</Paragraph>
        )}
        {uitslag && gecontroleerd ? (
          <ImportUitslag rapport={uitslag} formaat={gecontroleerd.formaat} />
        ) : null}
      </section>
    </>
  );
}

/**
 * The editor's upload of an HSDS JSON or CSV file: first a dry run that lists every row
 * error, then the import (all rows, or only the good ones when asked). Imported entries are
 * published at once (the import service does not send them to moderation).
 */
export function ImportPagina() {
  const { t } = useKaartVertaling();
  useDocumentTitle(t('socialeKaart.beheer.import.titel'));
  return (
    <>
      <PageHeading>{t('socialeKaart.beheer.import.titel')}</PageHeading>
      <Paragraph lead>{t('socialeKaart.beheer.import.intro')}</Paragraph>
      <AlleenVoor rollen={['redacteur']}>
        <KaartbeheerMenu />
        <Importeren />
      </AlleenVoor>
    </>
  );
}
