/** The next run of a daily job: tomorrow at `uurUtc`:00 UTC. */
export function volgendeDagelijkseRun(nu: Date, uurUtc: number): Date {
  return new Date(
    Date.UTC(nu.getUTCFullYear(), nu.getUTCMonth(), nu.getUTCDate() + 1, uurUtc, 0, 0),
  );
}

/** One run of a daily job per UTC day, whichever instance plans it. */
export function dagJobSleutel(job: string, dag: Date): string {
  return `${job}:${dag.toISOString().slice(0, 10)}`;
}
