/**
 * A matching round as an assignment problem: requests (rows) and volunteers (columns). Only feasible pairs are
 * listed (hard constraints already removed them), each with an integer or real score; a volunteer takes up to
 * `capacity` requests. Stored row by row in compressed form (CSR), so 5,000 × 5,000 with 3 % feasible pairs is
 * ~750,000 entries, not 25 million.
 */
export interface AssignmentProblem {
  rows: number;
  cols: number;
  /** Per column; 1 when omitted. */
  capacity?: ArrayLike<number>;
  /** Row r's pairs are entries rowStart[r] … rowStart[r + 1] - 1. */
  rowStart: Int32Array;
  col: Int32Array;
  score: Float64Array;
}

export interface Assignment {
  /** The column each row is assigned to, or -1 when it stays unserved. */
  rowToCol: Int32Array;
  totalScore: number;
}

/** Builds the compressed form from a dense score matrix; `NaN` (or a negative score) marks an infeasible pair. */
export function denseProblem(scores: readonly (readonly number[])[], capacity?: ArrayLike<number>): AssignmentProblem {
  const rows = scores.length;
  const cols = rows ? scores[0]!.length : 0;
  const rowStart = new Int32Array(rows + 1);
  const col: number[] = [];
  const score: number[] = [];
  for (let r = 0; r < rows; r++) {
    const line = scores[r]!;
    for (let c = 0; c < cols; c++) {
      const s = line[c]!;
      if (s >= 0) {
        col.push(c);
        score.push(s);
      }
    }
    rowStart[r + 1] = col.length;
  }
  return { rows, cols, capacity, rowStart, col: Int32Array.from(col), score: Float64Array.from(score) };
}
