import {
  Table,
  TableBody,
  TableCaption,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { ScrollTabel } from './ScrollTabel.tsx';

/**
 * A table with a row of column headers, scrolling sideways on a small screen. It is named by
 * `id`: the heading of its section, or its own caption when `bijschrift` is given. `children`
 * are the rows.
 */
export function KolomTabel({
  id,
  kolommen,
  bijschrift,
  children,
}: {
  id: string;
  kolommen: readonly string[];
  bijschrift?: string;
  children: ReactNode;
}) {
  return (
    <ScrollTabel labelledBy={id}>
      <Table className="kring-lw-tabel">
        {bijschrift ? (
          <TableCaption id={id} className="kring-dos-bijschrift">
            {bijschrift}
          </TableCaption>
        ) : null}
        <TableHeader>
          <TableRow>
            {kolommen.map((k) => (
              <TableHeaderCell scope="col" key={k}>
                {k}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </ScrollTabel>
  );
}
