import { sql } from 'kysely';

/**
 * A `date` column as `YYYY-MM-DD` text. The drivers turn a bare date into a JavaScript Date
 * at local midnight, which shifts the day in other time zones; the text is the day itself.
 */
export const datumKolom = <A extends string>(kolom: string, als: A) =>
  sql<string>`to_char(${sql.ref(kolom)}, 'YYYY-MM-DD')`.as(als);

/** The same for a column that may be empty. */
export const datumKolomOfNull = <A extends string>(kolom: string, als: A) =>
  sql<string | null>`to_char(${sql.ref(kolom)}, 'YYYY-MM-DD')`.as(als);
