import { kostenVanSlot, type Netwerk } from './instantie.ts';

/**
 * The same assignment as an LP, for HiGHS (the exact reference in the property tests and
 * the benchmark). Columns: x_e ∈ [0,1] per candidate pair e (fixed pairs [1,1]) and
 * y_(v,k) ∈ [0,1] per free slot k of volunteer v. Rows: Σ_e∋r x_e ≤ 1 per request and
 * Σ_e∋v x_e − Σ_k y_(v,k) = 0 per volunteer. Minimise Σ slotKosten(k)·y − Σ w_e·x_e, so the
 * optimum is −(the max-weight objective). The matrix is a network matrix (totally
 * unimodular), so the LP optimum is integral and equals the b-matching optimum.
 *
 * Plain data in the shape of highs' `ModelData` (this file does not import highs).
 */
export interface ToewijzingLp {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  matrix: {
    format: 'csc';
    numRows: number;
    numCols: number;
    starts: Int32Array;
    indices: Int32Array;
    values: Float64Array;
  };
}

export function toewijzingLp(
  n: Netwerk,
  vast: readonly (readonly [number, number])[] = [],
): ToewijzingLp {
  const aantalX = n.aanbieder.length;
  let aantalY = 0;
  for (let v = 0; v < n.aantalAanbieders; v++) {
    aantalY += Math.max(0, n.capaciteit[v]! - n.bezet[v]!);
  }
  const numCols = aantalX + aantalY;
  const numRows = n.aantalVragen + n.aantalAanbieders;
  const colCost = new Float64Array(numCols);
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols).fill(1);
  const rowLower = new Float64Array(numRows);
  const rowUpper = new Float64Array(numRows);
  for (let r = 0; r < n.aantalVragen; r++) {
    rowLower[r] = Number.NEGATIVE_INFINITY;
    rowUpper[r] = 1;
  }
  const starts = new Int32Array(numCols + 1);
  const indices = new Int32Array(2 * aantalX + aantalY);
  const values = new Float64Array(indices.length);
  const vasteRand = new Set<number>();
  for (const [r, v] of vast) {
    for (let e = n.start[r]!; e < n.start[r + 1]!; e++) if (n.aanbieder[e] === v) vasteRand.add(e);
  }
  let k = 0;
  for (let r = 0; r < n.aantalVragen; r++) {
    for (let e = n.start[r]!; e < n.start[r + 1]!; e++) {
      colCost[e] = -n.gewicht[e]!;
      if (vasteRand.has(e)) colLower[e] = 1;
      starts[e] = k;
      indices[k] = r;
      values[k++] = 1;
      indices[k] = n.aantalVragen + n.aanbieder[e]!;
      values[k++] = 1;
    }
  }
  let c = aantalX;
  for (let v = 0; v < n.aantalAanbieders; v++) {
    for (let slot = n.bezet[v]! + 1; slot <= n.capaciteit[v]!; slot++) {
      colCost[c] = kostenVanSlot(n.slotKosten, slot);
      starts[c++] = k;
      indices[k] = n.aantalVragen + v;
      values[k++] = -1;
    }
  }
  starts[numCols] = k;
  return {
    numCols,
    numRows,
    colCost,
    colLower,
    colUpper,
    rowLower,
    rowUpper,
    matrix: { format: 'csc', numRows, numCols, starts, indices, values },
  };
}
