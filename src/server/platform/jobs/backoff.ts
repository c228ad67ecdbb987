/**
 * Delay before retry number `attempt` (1 = first retry): exponential, capped, with
 * deterministic jitter from the job id so a burst of failures does not retry in lockstep.
 */
export function retryDelayMs(
  attempt: number,
  jobId: string,
  baseMs = 5_000,
  maxMs = 3_600_000,
): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  let h = 0;
  for (const ch of jobId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const jitter = 0.8 + (h % 400) / 1000; // 0.8 … 1.2
  return Math.min(maxMs, Math.round(exponential * jitter));
}
