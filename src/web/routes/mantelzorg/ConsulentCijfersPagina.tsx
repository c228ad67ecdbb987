import { DataList, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useCijfers } from '../../api/mantelzorg-consulent.ts';
import { LoadingStatus } from '../../components/LoadingStatus.tsx';
import { Keuzelijst } from '../dossier/onderdelen.tsx';
import { Gegeven, LaadFout } from '../loket-werk/onderdelen.tsx';
import { MantelzorgPagina, useMzcT } from './ConsulentOnderdelen.tsx';

const TELLINGEN = ['geregistreerd', 'jongerDan25', 'aanvragen', 'toegekend'] as const;

function Cijfers() {
  const { t, i18n } = useMzcT();
  const dit = new Date().getFullYear();
  const [jaar, setJaar] = useState(dit);
  const cijfers = useCijfers(jaar);
  const getal = new Intl.NumberFormat(i18n.language);
  const jaren = [dit + 1, dit, dit - 1, dit - 2];
  return (
    <>
      <Keuzelijst
        id="mzc-c-jaar"
        label={t('mantelzorgConsulent.cijfers.jaar')}
        waarde={String(jaar)}
        opties={jaren.map((j) => ({ waarde: String(j), label: String(j) }))}
        onChange={(w) => setJaar(Number(w))}
      />
      <section aria-labelledby="mzc-c-kop">
        <Heading2 id="mzc-c-kop">{t('mantelzorgConsulent.cijfers.lijst', { jaar })}</Heading2>
        <LoadingStatus loading={cijfers.isPending} />
        {cijfers.isError ? (
          <LaadFout error={cijfers.error} onRetry={() => void cijfers.refetch()} />
        ) : null}
        {cijfers.data ? (
          <DataList>
            {TELLINGEN.map((k) => {
              const n = cijfers.data[k];
              return (
                <Gegeven key={k} label={t(`mantelzorgConsulent.cijfers.${k}`)}>
                  {n === null ? t('mantelzorgConsulent.cijfers.minderDan5') : getal.format(n)}
                </Gegeven>
              );
            })}
          </DataList>
        ) : null}
      </section>
    </>
  );
}

/** `/werkplek/mantelzorg/cijfers`: the year's figures, counts 1–4 as "minder dan 5". */
export function ConsulentCijfersPagina() {
  const { t } = useMzcT();
  return (
    <MantelzorgPagina titel={t('mantelzorgConsulent.cijfers.heading')} wie="cijfers">
      {() => (
        <>
          <Paragraph lead>{t('mantelzorgConsulent.cijfers.intro')}</Paragraph>
          <Cijfers />
        </>
      )}
    </MantelzorgPagina>
  );
}
