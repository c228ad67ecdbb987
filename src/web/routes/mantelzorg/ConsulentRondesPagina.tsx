import { Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useLocation } from 'react-router';
import { type Ronde, useRondes, useSteunpuntKeuze } from '../../api/mantelzorg-consulent.ts';
import { KnopLink } from '../../components/formulier/KnopLink.tsx';
import { RouterLink } from '../../components/RouterLink.tsx';
import { useDatum } from '../loket-werk/onderdelen.tsx';
import {
  BASIS,
  LijstDeel,
  MantelzorgPagina,
  type Rechten,
  useEuro,
  useMzcT,
} from './ConsulentOnderdelen.tsx';

const KOLOMMEN = ['jaar', 'steunpunt', 'periode', 'vorm', 'open', 'acties'] as const;

/** The name of a campaign's steunpunt: from the organisations (beheer), else "yours". */
export function useSteunpuntNaam(rechten: Rechten): (organisatieId: string) => string {
  const { t } = useMzcT();
  const organisaties = useSteunpuntKeuze(rechten.beheerder).data?.organisaties ?? [];
  return (id) =>
    organisaties.find((o) => o.id === id)?.naam ??
    (rechten.steunpunten.includes(id)
      ? t('mantelzorgConsulent.rondes.eigenSteunpunt')
      : t('mantelzorgConsulent.rondes.anderSteunpunt'));
}

function Rij({ ronde, rechten }: { ronde: Ronde; rechten: Rechten }) {
  const { t } = useMzcT();
  const { dag } = useDatum();
  const euro = useEuro();
  const steunpunt = useSteunpuntNaam(rechten);
  const jaar = ronde.jaar;
  return (
    <TableRow>
      <TableHeaderCell scope="row">{jaar}</TableHeaderCell>
      <TableCell>{steunpunt(ronde.organisatieId)}</TableCell>
      <TableCell>
        {t('mantelzorgConsulent.rondes.periode', {
          van: dag(ronde.openVanaf),
          tot: dag(ronde.deadline),
        })}
      </TableCell>
      <TableCell>
        {t(`mantelzorgConsulent.vorm.${ronde.vorm}`)}
        {ronde.bedragCent !== null && ronde.vorm !== 'uitnodiging'
          ? `: ${euro(ronde.bedragCent)}`
          : ''}
      </TableCell>
      <TableCell>
        {ronde.open ? t('mantelzorgConsulent.algemeen.ja') : t('mantelzorgConsulent.algemeen.nee')}
      </TableCell>
      <TableCell>
        <ul className="kring-mzc-acties">
          <li>
            <RouterLink to={`${BASIS}/waarderingsrondes/${ronde.id}/wijzigen`}>
              {t('mantelzorgConsulent.rondes.wijzigen', { jaar })}
            </RouterLink>
          </li>
          {rechten.steunpunten.includes(ronde.organisatieId) ? (
            <li>
              <RouterLink to={`${BASIS}/waarderingsrondes/${ronde.id}/aanvragen`}>
                {t('mantelzorgConsulent.rondes.beoordelen', { jaar })}
              </RouterLink>
            </li>
          ) : null}
        </ul>
      </TableCell>
    </TableRow>
  );
}

function Lijst({ rechten }: { rechten: Rechten }) {
  const { t } = useMzcT();
  const rondes = useRondes();
  const lijst = [...(rondes.data?.rondes ?? [])].sort((a, b) => b.jaar - a.jaar);
  return (
    <LijstDeel
      id="mzc-rondes"
      kop={t('mantelzorgConsulent.rondes.lijstHeading')}
      lijst={rondes}
      aantal={
        rondes.data && {
          n: lijst.length,
          tekst:
            lijst.length === 0
              ? t('mantelzorgConsulent.rondes.leeg')
              : t('mantelzorgConsulent.rondes.aantal', { count: lijst.length }),
        }
      }
      kolommen={KOLOMMEN.map((k) => t(`mantelzorgConsulent.rondes.kolom.${k}`))}
    >
      {lijst.map((r) => (
        <Rij key={r.id} ronde={r} rechten={rechten} />
      ))}
    </LijstDeel>
  );
}

/** `/werkplek/mantelzorg/waarderingsrondes`: the campaigns per year (consulent and beheer). */
export function ConsulentRondesPagina() {
  const { t } = useMzcT();
  const melding = (useLocation().state as { melding?: string } | null)?.melding ?? '';
  return (
    <MantelzorgPagina titel={t('mantelzorgConsulent.rondes.heading')} wie="rondes">
      {(rechten) => (
        <>
          <Paragraph lead>{t('mantelzorgConsulent.rondes.intro')}</Paragraph>
          <p role="status">{melding}</p>
          <Paragraph>
            <KnopLink to={`${BASIS}/waarderingsrondes/nieuw`}>
              {t('mantelzorgConsulent.rondes.nieuw')}
            </KnopLink>
          </Paragraph>
          <Lijst rechten={rechten} />
        </>
      )}
    </MantelzorgPagina>
  );
}
