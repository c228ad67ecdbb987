import { Checkbox } from '@utrecht/component-library-react';
import { DAGDELEN, DAGEN, type Tijdvak } from '../../../shared/loket.ts';
import { useDeelVertaling } from '../../i18n/deelVertaling.ts';

/**
 * The weekly grid: a table with a row per day and a column per part of the day, a checkbox
 * in every cell. Each checkbox has its own label ("maandag ochtend"), so it is clear without
 * the table too; the table's headers let screen readers say where they are.
 */
export function Weekrooster({
  id,
  bijschrift,
  waarden,
  onChange,
}: {
  id: string;
  bijschrift: string;
  waarden: readonly Tijdvak[];
  onChange: (waarden: Tijdvak[]) => void;
}) {
  const { t } = useDeelVertaling<'loket'>();
  const alle = DAGEN.flatMap((d) => DAGDELEN.map((p) => `${d}-${p}` as Tijdvak));
  return (
    <table className="kring-hv-rooster">
      <caption className="kring-visually-hidden">{bijschrift}</caption>
      <thead>
        <tr>
          <td />
          {DAGDELEN.map((p) => (
            <th key={p} scope="col">
              {t(`loket.dagdeel.${p}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {DAGEN.map((d, rij) => (
          <tr key={d}>
            <th scope="row">{t(`loket.dag.${d}`)}</th>
            {DAGDELEN.map((p, kolom) => {
              const vak = `${d}-${p}` as Tijdvak;
              const aan = waarden.includes(vak);
              const veld = rij === 0 && kolom === 0 ? id : `${id}-${vak}`;
              return (
                <td key={p}>
                  <Checkbox
                    id={veld}
                    checked={aan}
                    onChange={() =>
                      onChange(
                        aan
                          ? waarden.filter((w) => w !== vak)
                          : alle.filter((w) => w === vak || waarden.includes(w)),
                      )
                    }
                  />
                  <label htmlFor={veld} className="kring-visually-hidden">
                    {`${t(`loket.dag.${d}`)} ${t(`loket.dagdeel.${p}`)}`}
                  </label>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
