/**
 * The complete case (every pair feasible, capacity 1, no more rows than columns): every row is served, so the
 * problem is the classic (rectangular) assignment, solved here by Jonker–Volgenant (LAPJV) on the scores directly.
 *
 * Maximising score is minimising cost = −score; instead of column duals v we keep column prices p = −v, so a pair's
 * reduced cost is p[j] − score(i, j) (the row dual stays implicit: a row's minimum reduced cost). Square problems
 * first get JV's column reduction with reduction transfer and two rounds of augmenting row reduction, which place
 * most rows cheaply; the rows left are placed by shortest augmenting paths (Dijkstra over columns with plain array
 * scans, no heap), collecting all columns at the current minimum distance at once and stopping as soon as one of
 * them is free — on integer scores with many ties this ends most searches after a scan or two. Rectangular problems
 * (fewer rows) go straight to the shortest paths from prices 0, which keeps every free column at price 0 as an
 * optimum of the rectangular problem needs.
 *
 * `score` is row-major, rows × cols. Returns the column of each row. Deterministic: no randomness, fixed scan order.
 */
export function solveDenseComplete(rows: number, cols: number, score: Float64Array): Int32Array {
  const state: DenseState = {
    rows,
    cols,
    score,
    price: new Float64Array(cols),
    rowToCol: new Int32Array(rows).fill(-1),
    colToRow: new Int32Array(cols).fill(-1),
    free: new Int32Array(rows),
  };
  let freeCount: number;
  if (rows === cols && rows > 1) {
    freeCount = reduceColumns(state);
    freeCount = augmentingRowReduction(state, freeCount);
    freeCount = augmentingRowReduction(state, freeCount);
  } else freeCount = takeBestFree(state);
  augmentShortestPaths(state, freeCount);
  return state.rowToCol;
}

/** The solver's working arrays; `free` lists the rows still unassigned between the phases. */
interface DenseState {
  readonly rows: number;
  readonly cols: number;
  readonly score: Float64Array;
  readonly price: Float64Array;
  readonly rowToCol: Int32Array;
  readonly colToRow: Int32Array;
  readonly free: Int32Array;
}

/**
 * The start of the rectangular case, prices all 0: each row takes a column of its best score when one of them is
 * still free (the first such); that is the first step of its shortest path anyway, in one pass over the row. Returns
 * the number of rows left free, listed in `free`.
 */
function takeBestFree({ rows, cols, score, rowToCol, colToRow, free }: DenseState): number {
  let freeCount = 0;
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    let best = -Infinity;
    let bestCol = -1;
    for (let j = 0; j < cols; j++) {
      const s = score[base + j]!;
      if (s > best) {
        best = s;
        bestCol = colToRow[j] === -1 ? j : -1;
      } else if (s === best && bestCol === -1 && colToRow[j] === -1) bestCol = j;
    }
    if (bestCol === -1) free[freeCount++] = i;
    else {
      rowToCol[i] = bestCol;
      colToRow[bestCol] = i;
    }
  }
  return freeCount;
}

/**
 * Column reduction with reduction transfer (square only). Each column's price is its best score and the row of that
 * score takes it if it has none yet; a row that took exactly one column then hands it the slack to its second-best
 * reduced cost, which makes later searches shorter. Returns the number of rows left free, listed in `free`.
 */
function reduceColumns({ rows: n, score, price, rowToCol, colToRow, free }: DenseState): number {
  // Row-major pass, so the matrix is read in memory order: price[j] = max over rows, colToRow[j] = its first row.
  for (let j = 0; j < n; j++) {
    price[j] = score[j]!;
    colToRow[j] = 0;
  }
  for (let i = 1; i < n; i++) {
    const base = i * n;
    for (let j = 0; j < n; j++) {
      const s = score[base + j]!;
      if (s > price[j]!) {
        price[j] = s;
        colToRow[j] = i;
      }
    }
  }
  // Rows that are the best of several columns keep the last one (as JV, scanning columns backwards).
  const unique = new Uint8Array(n).fill(1);
  for (let j = n - 1; j >= 0; j--) {
    const i = colToRow[j]!;
    if (rowToCol[i] === -1) rowToCol[i] = j;
    else {
      unique[i] = 0;
      colToRow[j] = -1;
    }
  }
  let freeCount = 0;
  for (let i = 0; i < n; i++) {
    const j = rowToCol[i]!;
    if (j === -1) free[freeCount++] = i;
    else if (unique[i]) {
      // Reduction transfer: the least reduced cost of the row's other columns.
      const base = i * n;
      let min = Infinity;
      for (let k = 0; k < n; k++) {
        if (k === j) continue;
        const h = price[k]! - score[base + k]!;
        if (h < min) min = h;
      }
      price[j] = price[j]! + min;
    }
  }
  return freeCount;
}

/**
 * JV's augmenting row reduction (square only, n ≥ 2): each free row takes the column of its least reduced cost,
 * raising that column's price by the gap to its second least so the row stays tight; the row it displaces is
 * retried at once when the price rose, and later otherwise. Bounded by JV's iteration limit, so ties cannot loop.
 * Returns the number of rows still free, listed at the start of `free`.
 */
function augmentingRowReduction({ rows: n, score, price, rowToCol, colToRow, free }: DenseState, freeCount: number): number {
  let current = 0;
  let newFree = 0;
  let count = 0;
  while (current < freeCount) {
    count++;
    const i = free[current++]!;
    const base = i * n;
    let j1 = 0;
    let v1 = price[0]! - score[base]!;
    let j2 = -1;
    let v2 = Infinity;
    for (let j = 1; j < n; j++) {
      const h = price[j]! - score[base + j]!;
      if (h < v2) {
        if (h >= v1) {
          v2 = h;
          j2 = j;
        } else {
          v2 = v1;
          v1 = h;
          j2 = j1;
          j1 = j;
        }
      }
    }
    let i0 = colToRow[j1]!;
    const raised = price[j1]! + (v2 - v1);
    const rises = raised > price[j1]!;
    if (count < current * n) {
      if (rises) price[j1] = raised;
      else if (i0 >= 0) {
        j1 = j2;
        i0 = colToRow[j2]!;
      }
      if (i0 >= 0) {
        if (rises) free[--current] = i0;
        else free[newFree++] = i0;
      }
    } else if (i0 >= 0) free[newFree++] = i0;
    if (i0 >= 0) rowToCol[i0] = -1;
    rowToCol[i] = j1;
    colToRow[j1] = i;
  }
  return newFree;
}

/**
 * Places each free row by a shortest augmenting path. `order` partitions the columns: [0, lo) scanned, [lo, hi) at
 * the current minimum distance still to scan, [hi, cols) the rest. Prices of scanned columns are updated lazily
 * once the path is found, so one search costs O(scanned rows × cols).
 */
function augmentShortestPaths({ cols, score, price, rowToCol, colToRow, free }: DenseState, freeCount: number): void {
  const order = new Int32Array(cols);
  const dist = new Float64Array(cols);
  const pred = new Int32Array(cols);
  for (let f = 0; f < freeCount; f++) {
    const start = free[f]!;
    let base = start * cols;
    for (let j = 0; j < cols; j++) {
      order[j] = j;
      dist[j] = price[j]! - score[base + j]!;
      pred[j] = start;
    }
    let lo = 0;
    let hi = 0;
    let ready = 0;
    let end = -1;
    let mind = 0;
    while (end === -1) {
      if (lo === hi) {
        // Collect every column at the new minimum distance into [lo, hi); a free one among them ends the search.
        ready = lo;
        hi = lo + 1;
        let j = order[lo]!;
        mind = dist[j]!;
        for (let k = hi; k < cols; k++) {
          j = order[k]!;
          const dj = dist[j]!;
          if (dj <= mind) {
            if (dj < mind) {
              hi = lo;
              mind = dj;
            }
            order[k] = order[hi]!;
            order[hi++] = j;
          }
        }
        for (let k = lo; k < hi; k++) {
          if (colToRow[order[k]!] === -1) {
            end = order[k]!;
            break;
          }
        }
        if (end !== -1) break;
      }
      // Scan the row holding the next column at the minimum distance.
      const j0 = order[lo++]!;
      const i = colToRow[j0]!;
      base = i * cols;
      const h = price[j0]! - score[base + j0]! - mind;
      for (let k = hi; k < cols; k++) {
        const j = order[k]!;
        const reduced = price[j]! - score[base + j]! - h;
        if (reduced < dist[j]!) {
          dist[j] = reduced;
          pred[j] = i;
          // Rounding can leave a tie a hair below the minimum; it belongs to the minimum all the same.
          if (reduced <= mind) {
            if (colToRow[j] === -1) {
              end = j;
              break;
            }
            order[k] = order[hi]!;
            order[hi++] = j;
          }
        }
      }
    }
    // Lazy price update of the columns scanned before the last minimum was taken.
    for (let k = 0; k < ready; k++) {
      const j = order[k]!;
      price[j] = price[j]! + (mind - dist[j]!);
    }
    // Augment along the predecessors.
    for (let j = end; ; ) {
      const i = pred[j]!;
      colToRow[j] = i;
      const previous = rowToCol[i]!;
      rowToCol[i] = j;
      if (i === start) break;
      j = previous;
    }
  }
}
