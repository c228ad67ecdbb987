import type { GemeenteRef } from './model.ts';

export interface RoutingEntry extends GemeenteRef {
  hostnamen: string[];
}

/**
 * Which gemeente a request belongs to, by its host name:
 * 1. the gemeente that claims the host name (`stein.example.nl`);
 * 2. else the configured default gemeente (`KRING_DEFAULT_GEMEENTE`);
 * 3. else, on a single-tenant install with exactly one gemeente, that one.
 * Otherwise none: a multi-tenant install never guesses.
 */
export function gemeenteForHost(
  table: readonly RoutingEntry[],
  host: string,
  defaultCode: string | undefined,
): GemeenteRef | undefined {
  const name = host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  const claimed = table.find((g) => g.hostnamen.includes(name));
  const chosen =
    claimed ??
    (defaultCode ? table.find((g) => g.code === defaultCode) : undefined) ??
    (table.length === 1 ? table[0] : undefined);
  return chosen ? { id: chosen.id, code: chosen.code, naam: chosen.naam } : undefined;
}
