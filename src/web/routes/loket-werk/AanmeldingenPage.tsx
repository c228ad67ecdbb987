import { Button, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { AANBOD_STATUSSEN, type AanbodStatus } from '../../../shared/loket.ts';
import { useAanmeldingen } from '../../api/loketWerk.ts';
import { RouterLink } from '../../components/RouterLink.tsx';
import { Keuzelijst, LijstPagina, Lijst as LoketLijst, useDatum, useLwT } from './onderdelen.tsx';

const KOLOMMEN = ['naam', 'categorieen', 'vog', 'postcode', 'aangemeld'] as const;

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
        <Keuzelijst
          id="lw-aanmeldstatus"
          label={t('loketWerk.aanmeldingen.statusLabel')}
          waarde={keuze}
          opties={AANBOD_STATUSSEN.map((s) => ({
            waarde: s,
            label: t(`loketWerk.aanbodStatus.${s}`),
          }))}
          onChange={setKeuze}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('loketWerk.hulpvragen.toon')}
        </Button>
      </form>
      <LoketLijst
        id="lw-aanmeldingen"
        soort="aanmeldingen"
        kop={t('loketWerk.aanmeldingen.lijst', { status: t(`loketWerk.aanbodStatus.${status}`) })}
        lijst={lijst}
        aantal={items.length}
        kolommen={KOLOMMEN.map((k) => t(`loketWerk.aanmeldingen.kolom.${k}`))}
      >
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
      </LoketLijst>
    </>
  );
}

/** `/werkplek/loket/aanmeldingen`: new volunteers waiting for the intake conversation. */
export function AanmeldingenPage() {
  return (
    <LijstPagina soort="aanmeldingen">
      <Lijst />
    </LijstPagina>
  );
}
