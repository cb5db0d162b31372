import type { Assignment, AssignmentProblem } from './assignment-problem';
import { NodeHeap } from './node-heap';
import { solveDenseComplete } from './solve-dense';

/**
 * The assignment with the highest total score, each row to at most one column, each column to at most its
 * capacity, only feasible pairs. A row stays unserved only when serving it cannot raise the total.
 *
 * Min-cost flow by successive shortest paths (the Jonker–Volgenant / Hungarian family): rows are added one at a
 * time; Dijkstra on reduced costs (Johnson potentials) finds the cheapest way to fit the new row, possibly moving
 * earlier rows to other columns, ending at a column with room or at "unserved". Cost = maxScore − score, so
 * "unserved" costs maxScore (a score of 0). Capacities are native: a full column leads on through each row it
 * holds. Ties in distance are broken towards the sink (a free column or "unserved") and then by node number,
 * which keeps integer scores with many ties fast and the result deterministic.
 */
export function solveAssignment(problem: AssignmentProblem): Assignment {
  const { rows: n, cols: m, rowStart, col, score } = problem;
  if (isDenseComplete(problem)) return denseAnswer(problem);
  let maxScore = 0;
  for (let e = 0; e < score.length; e++) if (score[e]! > maxScore) maxScore = score[e]!;
  const unserved = maxScore;

  const capLeft = new Int32Array(m);
  for (let c = 0; c < m; c++) capLeft[c] = problem.capacity ? problem.capacity[c]! : 1;
  // The rows each column holds, as doubly linked lists; each assigned row's cost.
  const colHead = new Int32Array(m).fill(-1);
  const rowNext = new Int32Array(n).fill(-1);
  const rowPrev = new Int32Array(n).fill(-1);
  const rowToCol = new Int32Array(n).fill(-1);
  const rowCost = new Float64Array(n);

  // Nodes: rows 0…n-1, columns n…n+m-1, the sink n+m. Potentials keep reduced costs non-negative; the sink's stays 0.
  const sink = n + m;
  const pi = new Float64Array(n + m + 1);
  const dist = new Float64Array(n + m + 1).fill(Infinity);
  const parent = new Int32Array(n + m + 1);
  /** For a column reached from a row: the pair's entry, so its cost is known without searching. */
  const viaEntry = new Int32Array(m);
  const done = new Uint8Array(n + m + 1);
  const touched: number[] = [];
  const heap = new NodeHeap(sink);

  const relax = (v: number, d: number, from: number): boolean => {
    if (d >= dist[v]!) return false;
    if (dist[v] === Infinity) touched.push(v);
    dist[v] = d;
    parent[v] = from;
    heap.push(v, d);
    return true;
  };

  for (let r0 = 0; r0 < n; r0++) {
    relax(r0, 0, -1);
    while (heap.size) {
      const u = heap.pop();
      if (done[u]) continue;
      done[u] = 1;
      const du = dist[u]!;
      if (u === sink) break;
      if (u < n) {
        // A row: to each feasible column, or give up its place (unserved).
        const pu = pi[u]!;
        for (let e = rowStart[u]!, end = rowStart[u + 1]!; e < end; e++) {
          const c = col[e]!;
          const v = n + c;
          if (done[v] || rowToCol[u] === c) continue;
          const dv = du + (maxScore - score[e]!) + pu - pi[v]!;
          if (relax(v, dv, u)) {
            viaEntry[c] = e;
            // A column with room ends a path at once: offering the sink now lets a tie end the search here
            // instead of exploring a plateau of equal distances (the Jonker–Volgenant tie-break).
            if (capLeft[c]! > 0) relax(sink, dv + pi[v]!, v);
          }
        }
        relax(sink, du + unserved + pu, u);
      } else {
        // A column: room left ends the path; otherwise move on through each row it holds (cost −c(row, col)).
        const c = u - n;
        const pu = pi[u]!;
        if (capLeft[c]! > 0) relax(sink, du + pu, u);
        for (let r = colHead[c]!; r !== -1; r = rowNext[r]!) {
          if (!done[r]) relax(r, du - rowCost[r]! + pu - pi[r]!, u);
        }
      }
    }
    const dSink = dist[sink]!;
    for (const v of touched) {
      if (done[v] && dist[v]! < dSink) pi[v] = pi[v]! + dist[v]! - dSink;
    }
    augment(parent[sink]!);
    for (const v of touched) {
      dist[v] = Infinity;
      done[v] = 0;
    }
    touched.length = 0;
    heap.clear();
  }

  let totalScore = 0;
  for (let r = 0; r < n; r++) if (rowToCol[r] !== -1) totalScore += maxScore - rowCost[r]!;
  return { rowToCol, totalScore };

  /**
   * Applies the path r0 → c1 → r1 → … ending at the sink, walking back from its last node. A last column has room
   * and takes one more row; a last row gives up its column and goes unserved. Each column on the way then takes
   * the row before it on the path.
   */
  function augment(last: number): void {
    let column: number;
    if (last >= n) {
      column = last - n;
      capLeft[column] = capLeft[column]! - 1;
    } else {
      const left = parent[last]!;
      detach(last);
      if (left === -1) return;
      column = left - n;
    }
    for (;;) {
      const r = parent[n + column]!;
      detach(r);
      attach(r, column, maxScore - score[viaEntry[column]!]!);
      const previous = parent[r]!;
      if (previous === -1) return;
      column = previous - n;
    }
  }

  function detach(r: number): void {
    const c = rowToCol[r]!;
    if (c === -1) return;
    const prev = rowPrev[r]!;
    const next = rowNext[r]!;
    if (prev === -1) colHead[c] = next;
    else rowNext[prev] = next;
    if (next !== -1) rowPrev[next] = prev;
    rowPrev[r] = rowNext[r] = -1;
    rowToCol[r] = -1;
  }

  function attach(r: number, c: number, cost: number): void {
    rowToCol[r] = c;
    rowCost[r] = cost;
    rowPrev[r] = -1;
    rowNext[r] = colHead[c]!;
    if (colHead[c] !== -1) rowPrev[colHead[c]!] = r;
    colHead[c] = r;
  }
}

/** Every pair listed in column order, capacity 1, rows ≤ columns: the array-scan solver is faster there. */
function isDenseComplete({ rows, cols, capacity, rowStart, col }: AssignmentProblem): boolean {
  if (rows === 0 || rows > cols || col.length !== rows * cols) return false;
  if (capacity) for (let c = 0; c < cols; c++) if (capacity[c] !== 1) return false;
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    if (rowStart[r] !== base) return false;
    for (let c = 0; c < cols; c++) if (col[base + c] !== c) return false;
  }
  return true;
}

/** The complete case, solved on the scores themselves (no cost copy; the solver maximises). */
function denseAnswer(problem: AssignmentProblem): Assignment {
  const { rows, cols, score } = problem;
  const rowToCol = solveDenseComplete(rows, cols, score);
  let totalScore = 0;
  for (let r = 0; r < rows; r++) totalScore += score[r * cols + rowToCol[r]!]!;
  return { rowToCol, totalScore };
}
