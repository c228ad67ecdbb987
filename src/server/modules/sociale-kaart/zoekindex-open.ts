/**
 * "Nu open" for the search index (zoekindex.ts). Most schedules are a weekly rule without
 * end dates ("elke dinsdag 10:00–12:00"): those are tested from flat arrays, hundreds of
 * thousands in a millisecond. An entry with any other rule (monthly, every other week, a
 * date, a closed day, limited validity) is tested exactly by rooster.ts#isOpen.
 */
import type { Dag } from './model.ts';
import { isOpen, type Moment, type RoosterRegel } from './rooster.ts';

export const WEEKDAGEN: Dag[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** The weekdays (bit 0 = Monday) on which a recurring rule can fall, ordinals ignored. */
export function dagMasker(byday: string | null): number {
  let m = 0;
  for (const b of (byday ?? '').split(',')) {
    const i = WEEKDAGEN.indexOf(b.slice(-2) as Dag);
    if (i >= 0) m |= 1 << i;
  }
  return m;
}

function eenvoudig(r: RoosterRegel): boolean {
  return (
    !r.gesloten &&
    r.freq === 'WEEKLY' &&
    r.interval === 1 &&
    r.until === null &&
    r.validFrom === null &&
    r.validTo === null &&
    r.opensAt !== null &&
    r.closesAt !== null &&
    (r.byday ?? '').split(',').every((b) => WEEKDAGEN.includes(b as Dag))
  );
}

export class RoosterIndex {
  private slot: number[] = [];
  private dagen: number[] = [];
  private open: string[] = [];
  private dicht: string[] = [];
  private start: (string | null)[] = [];
  private complex = new Map<number, RoosterRegel[]>();
  private cache: { sleutel: string; open: Uint8Array; lijst: number[] } | null = null;

  zet(s: number, roosters: RoosterRegel[]): void {
    this.cache = null;
    if (roosters.length === 0) return;
    if (!roosters.every(eenvoudig)) {
      this.complex.set(s, roosters);
      return;
    }
    for (const r of roosters) {
      this.slot.push(s);
      this.dagen.push(dagMasker(r.byday));
      this.open.push(r.opensAt!);
      this.dicht.push(r.closesAt!);
      this.start.push(r.dtstart);
    }
  }

  /** A dead slot's simple rules stay (the search skips dead slots); complex ones go. */
  verwijder(s: number): void {
    this.cache = null;
    this.complex.delete(s);
  }

  /** Open at the moment: per slot, and the list of those slots (the same minute once). */
  openOp(m: Moment, slots: number): { open: Uint8Array; lijst: number[] } {
    const sleutel = `${slots} ${m.datum} ${m.tijd}`;
    if (this.cache?.sleutel === sleutel) return this.cache;
    const open = new Uint8Array(slots);
    const bit = 1 << WEEKDAGEN.indexOf(m.dag);
    const { tijd, datum } = m;
    for (let i = 0; i < this.slot.length; i++) {
      if ((this.dagen[i]! & bit) === 0) continue;
      if (this.open[i]! <= tijd && tijd < this.dicht[i]!) {
        const start = this.start[i]!;
        if (start === null || start <= datum) open[this.slot[i]!] = 1;
      }
    }
    for (const [s, roosters] of this.complex) if (isOpen(roosters, m)) open[s] = 1;
    const lijst: number[] = [];
    for (let s = 0; s < slots; s++) if (open[s]) lijst.push(s);
    this.cache = { sleutel, open, lijst };
    return this.cache;
  }
}
