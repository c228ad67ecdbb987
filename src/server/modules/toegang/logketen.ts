import { createHash } from 'node:crypto';

/**
 * The hash chain of the access log (tamper evidence). Each gemeente has its own chain:
 * row n's hash is SHA-256 over row n-1's hash and a canonical serialisation of row n.
 * Editing, inserting or removing a row breaks every hash after it; the chain head
 * (`toegangslog_keten`) catches a cut-off tail.
 */

export const BEGIN_HASH = '0'.repeat(64);

export interface LogRij {
  gemeenteId: number;
  volgnummer: string;
  op: Date;
  actie: string;
  uitkomst: string;
  accountId: string | null;
  namensPersoonId: string | null;
  rol: string | null;
  organisatieId: string | null;
  persoonId: string | null;
  categorie: string | null;
  grondslag: string | null;
  doel: string | null;
  ip: string | null;
  doorbraak: boolean;
}

/** Fixed field order, explicit nulls, UTC milliseconds: the same bytes on every machine. */
export function canoniek(rij: LogRij): string {
  return JSON.stringify([
    rij.gemeenteId,
    String(rij.volgnummer),
    rij.op.toISOString(),
    rij.actie,
    rij.uitkomst,
    rij.accountId,
    rij.namensPersoonId,
    rij.rol,
    rij.organisatieId,
    rij.persoonId,
    rij.categorie,
    rij.grondslag,
    rij.doel,
    rij.ip,
    rij.doorbraak,
  ]);
}

export function rijHash(vorigeHash: string, rij: LogRij): string {
  return createHash('sha256').update(vorigeHash).update('\n').update(canoniek(rij)).digest('hex');
}

export interface OpgeslagenRij extends LogRij {
  vorigeHash: string;
  hash: string;
}

export type Ketenfout = { volgnummer: string; reden: string };

/**
 * Walks rows in order (starting after `vorige`), returning the first that does not fit.
 * Resumable: pass the last good row's number and hash to check the next batch.
 */
export function controleer(
  rijen: Iterable<OpgeslagenRij>,
  vorige: { volgnummer: bigint; hash: string } = { volgnummer: 0n, hash: BEGIN_HASH },
): { fout?: Ketenfout; laatste: { volgnummer: bigint; hash: string } } {
  let laatste = vorige;
  for (const rij of rijen) {
    const nummer = BigInt(rij.volgnummer);
    if (nummer !== laatste.volgnummer + 1n) {
      return {
        fout: { volgnummer: rij.volgnummer, reden: `ontbrekende rij vóór ${rij.volgnummer}` },
        laatste,
      };
    }
    if (rij.vorigeHash !== laatste.hash) {
      return { fout: { volgnummer: rij.volgnummer, reden: 'vorige hash klopt niet' }, laatste };
    }
    if (rijHash(laatste.hash, rij) !== rij.hash) {
      return { fout: { volgnummer: rij.volgnummer, reden: 'inhoud gewijzigd' }, laatste };
    }
    laatste = { volgnummer: nummer, hash: rij.hash };
  }
  return { laatste };
}
