import {
  Button,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { AANBOD_STATUSSEN, type AanbodStatus } from '../../../shared/loket.ts';
import { useAanmeldingen } from '../../api/loketWerk.ts';
import type { Invoer } from '../../components/formulier/invoer.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { ScrollTabel } from '../../components/ScrollTabel.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { AlleenProfessional, LaadFout, LoketWerkMenu, useDatum, useLwT } from './onderdelen.tsx';

const isStatus = (v: string | null): v is AanbodStatus =>
  (AANBOD_STATUSSEN as readonly string[]).includes(v ?? '');

function Lijst() {
  const { t } = useLwT();
  const { moment } = useDatum();
  const [zoek, setZoek] = useSearchParams();
  const gevraagd = zoek.get('status');
  const status: AanbodStatus = isStatus(gevraagd) ? gevraagd : 'aangemeld';
  const [keuze, setKeuze] = useState<AanbodStatus>(status);
  // Back and forward in the browser change the address: the choice follows it.
  useEffect(() => setKeuze(status), [status]);
  const lijst = useAanmeldingen(status);
  const items = lijst.data?.aanmeldingen ?? [];

  const toon = (event: FormEvent) => {
    event.preventDefault();
    setZoek(keuze === 'aangemeld' ? {} : { status: keuze });
  };
  return (
    <>
      <form onSubmit={toon} className="kring-lw-filter">
        <FormField className="kring-field">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="lw-aanmeldstatus">
              {t('loketWerk.aanmeldingen.statusLabel')}
            </FormLabel>
          </div>
          <Select
            id="lw-aanmeldstatus"
            value={keuze}
            onChange={(e: Invoer) => {
              const v = e.currentTarget.value;
              if (isStatus(v)) setKeuze(v);
            }}
          >
            {AANBOD_STATUSSEN.map((s) => (
              <SelectOption key={s} value={s}>
                {t(`loketWerk.aanbodStatus.${s}`)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <Button type="submit" appearance="secondary-action-button">
          {t('loketWerk.hulpvragen.toon')}
        </Button>
      </form>
      <section aria-labelledby="lw-aanmeldingen">
        <Heading2 id="lw-aanmeldingen">
          {t('loketWerk.aanmeldingen.lijst', { status: t(`loketWerk.aanbodStatus.${status}`) })}
        </Heading2>
        <LoadingStatus loading={lijst.isPending} />
        {lijst.isError ? (
          <LaadFout error={lijst.error} onRetry={() => void lijst.refetch()} />
        ) : null}
        {lijst.data ? (
          <Paragraph role="status">
            {items.length === 0
              ? t('loketWerk.aanmeldingen.leeg')
              : t('loketWerk.aanmeldingen.aantal', { count: items.length })}
          </Paragraph>
        ) : null}
        {items.length > 0 ? (
          <ScrollTabel labelledBy="lw-aanmeldingen">
            <Table className="kring-lw-tabel">
              <TableHeader>
                <TableRow>
                  {(['naam', 'categorieen', 'vog', 'postcode', 'aangemeld'] as const).map((k) => (
                    <TableHeaderCell scope="col" key={k}>
                      {t(`loketWerk.aanmeldingen.kolom.${k}`)}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((a) => (
                  <TableRow key={a.id}>
                    <TableHeaderCell scope="row">
                      <RouterLink to={`/werkplek/loket/aanmeldingen/${a.id}`}>{a.naam}</RouterLink>
                    </TableHeaderCell>
                    <TableCell>
                      <ul className="kring-lw-lijst">
                        {a.categorieen.map((c) => (
                          <li key={c}>{t(`hulpBieden.categorie.${c}`)}</li>
                        ))}
                      </ul>
                    </TableCell>
                    <TableCell>
                      {a.vogNodigVoor.length === 0
                        ? t('loketWerk.aanmeldingen.vogNietNodig')
                        : a.vogGeldig
                          ? t('loketWerk.aanmeldingen.vogGeldig')
                          : t('loketWerk.aanmeldingen.vogOntbreekt')}
                    </TableCell>
                    <TableCell>{a.postcode}</TableCell>
                    <TableCell>{moment(a.aangemeldOp)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollTabel>
        ) : null}
      </section>
    </>
  );
}

/** `/werkplek/loket/aanmeldingen`: new volunteers waiting for the intake conversation. */
export function AanmeldingenPage() {
  const { t } = useLwT();
  useDocumentTitle(t('loketWerk.aanmeldingen.titel'));
  return (
    <>
      <PageHeading>{t('loketWerk.aanmeldingen.heading')}</PageHeading>
      <Paragraph lead>{t('loketWerk.aanmeldingen.intro')}</Paragraph>
      <LoketWerkMenu />
      <AlleenProfessional>
        <Lijst />
      </AlleenProfessional>
    </>
  );
}
