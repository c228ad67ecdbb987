import './weekrooster.css';
import {
  Checkbox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { DAGDELEN, DAGEN, type Tijdvak } from '../../../shared/loket.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';
import { Groep, type GroepProps } from './KeuzeGroep.tsx';

/** Every part of the week in order: the choice is kept in this order. */
const ALLE: readonly Tijdvak[] = DAGEN.flatMap((dag) =>
  DAGDELEN.map((deel): Tijdvak => `${dag}-${deel}`),
);

/**
 * The weekly availability grid of the front door's forms: a table of checkboxes in a
 * fieldset, a row per day and a column per part of the day. Each checkbox has its own label
 * ("maandag ochtend"), so a screen reader names it without reading the headers; the label
 * fills the cell, so the whole cell is a tap target. Fits 320 px in Dutch; a narrow screen
 * with longer words scrolls inside the frame (the checkboxes in it can be reached by
 * keyboard). The first box carries the group's id, for the error summary's link.
 */
export function Weekrooster({
  id,
  legend,
  alsKop,
  hint,
  fout,
  bijschrift,
  gekozen,
  onChange,
}: GroepProps & {
  /** The table's caption, for screen readers only. */
  bijschrift?: string | undefined;
  gekozen: readonly Tijdvak[];
  onChange: (gekozen: Tijdvak[]) => void;
}) {
  // Its words (hulpBieden.rooster, loket.dag…) are in the front door's text section.
  const { t } = useDeelVertaling<'hulpBieden' | 'loket'>();
  const wissel = (vak: Tijdvak) =>
    onChange(
      gekozen.includes(vak)
        ? gekozen.filter((v) => v !== vak)
        : ALLE.filter((v) => v === vak || gekozen.includes(v)),
    );
  return (
    <Groep id={id} legend={legend} alsKop={alsKop} hint={hint} fout={fout}>
      <div className="kring-rooster-kader">
        <Table className="kring-rooster">
          {bijschrift ? <caption className="kring-visually-hidden">{bijschrift}</caption> : null}
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">
                <span className="kring-visually-hidden">{t('hulpBieden.rooster.dag')}</span>
              </TableHeaderCell>
              {DAGDELEN.map((deel) => (
                <TableHeaderCell scope="col" key={deel} className="kring-rooster__kolom">
                  {t(`loket.dagdeel.${deel}`)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {DAGEN.map((dag, rij) => (
              <TableRow key={dag}>
                <TableHeaderCell scope="row" className="kring-rooster__dag">
                  {/* On a narrow screen the short name shows ("ma"); screen readers always
                      get the full one, and each checkbox has its own full label anyway. */}
                  <span className="kring-rooster__lang">{t(`loket.dag.${dag}`)}</span>
                  <span className="kring-rooster__kort" aria-hidden="true">
                    {t(`loket.dagKort.${dag}`)}
                  </span>
                </TableHeaderCell>
                {DAGDELEN.map((deel, kolom) => {
                  const vak: Tijdvak = `${dag}-${deel}`;
                  const vakId = rij === 0 && kolom === 0 ? id : `${id}-${vak}`;
                  return (
                    <TableCell key={vak} className="kring-rooster__cel">
                      <label htmlFor={vakId} className="kring-rooster__label">
                        <Checkbox
                          id={vakId}
                          name={id}
                          value={vak}
                          checked={gekozen.includes(vak)}
                          invalid={!!fout}
                          onChange={() => wissel(vak)}
                        />
                        <span className="kring-visually-hidden">
                          {t('hulpBieden.rooster.cel', {
                            dag: t(`loket.dag.${dag}`),
                            dagdeel: t(`loket.dagdeel.${deel}`),
                          })}
                        </span>
                      </label>
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </Groep>
  );
}
