/**
 * The complete case (every pair feasible, capacity 1, no more rows than columns): every row is served, so the
 * problem is the classic rectangular assignment. Shortest augmenting paths with potentials and plain array scans
 * over the columns (no heap), as in Jonker–Volgenant; among columns at the same distance a free one is taken,
 * which ends the search at once on tied integer scores. `cost` is row-major, rows × cols.
 * Returns the column of each row.
 */
export function solveDenseComplete(rows: number, cols: number, cost: Float64Array): Int32Array {
  // 1-based rows and columns; column 0 and row 0 are the algorithm's virtual start.
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(cols + 1);
  const rowOfCol = new Int32Array(cols + 1);
  const way = new Int32Array(cols + 1);
  const minv = new Float64Array(cols + 1);
  const used = new Uint8Array(cols + 1);
  const assigned = new Uint8Array(rows + 1);
  if (rows === cols) reduceColumns(rows, cols, cost, v, rowOfCol, assigned);
  else reduceRows(rows, cols, cost, u, rowOfCol, assigned);
  for (let i = 1; i <= rows; i++) {
    if (assigned[i]) continue;
    rowOfCol[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = rowOfCol[j0]!;
      const base = (i0 - 1) * cols - 1;
      const ui0 = u[i0]!;
      let delta = Infinity;
      let j1 = 0;
      let j1Free = false;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const cur = cost[base + j]! - ui0 - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        const mj = minv[j]!;
        if (mj < delta || (mj === delta && !j1Free && rowOfCol[j] === 0)) {
          delta = mj;
          j1 = j;
          j1Free = rowOfCol[j] === 0;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[rowOfCol[j]!] = u[rowOfCol[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (rowOfCol[j0] !== 0);
    do {
      const j1 = way[j0]!;
      rowOfCol[j0] = rowOfCol[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const rowToCol = new Int32Array(rows).fill(-1);
  for (let j = 1; j <= cols; j++) if (rowOfCol[j]! > 0) rowToCol[rowOfCol[j]! - 1] = j - 1;
  return rowToCol;
}

/**
 * Jonker–Volgenant's column reduction for square problems: each column's potential is its cheapest cost, and the
 * row of that cheapest cost takes the column when it is still free. Potentials stay feasible and the pairs tight,
 * so the augmentation only has to place the rows left over (on uniform costs, about a third).
 */
function reduceColumns(rows: number, cols: number, cost: Float64Array, v: Float64Array, rowOfCol: Int32Array, assigned: Uint8Array): void {
  for (let j = 1; j <= cols; j++) {
    let best = Infinity;
    let bestRow = 0;
    for (let i = 1; i <= rows; i++) {
      const c = cost[(i - 1) * cols + j - 1]!;
      if (c < best) {
        best = c;
        bestRow = i;
      }
    }
    v[j] = best;
    if (!assigned[bestRow]) {
      assigned[bestRow] = 1;
      rowOfCol[j] = bestRow;
    }
  }
}

/**
 * For rectangular problems (fewer rows): each row's potential is its cheapest cost and it takes that column when
 * free. Column potentials stay 0, as columns left unassigned must have them, so the start is optimal-compatible.
 */
function reduceRows(rows: number, cols: number, cost: Float64Array, u: Float64Array, rowOfCol: Int32Array, assigned: Uint8Array): void {
  for (let i = 1; i <= rows; i++) {
    const base = (i - 1) * cols;
    let best = Infinity;
    let bestCol = 0;
    for (let j = 1; j <= cols; j++) {
      const c = cost[base + j - 1]!;
      // Among equally cheap columns a free one, so more rows start placed.
      if (c < best || (c === best && rowOfCol[bestCol] !== 0 && rowOfCol[j] === 0)) {
        best = c;
        bestCol = j;
      }
    }
    u[i] = best;
    if (rowOfCol[bestCol] === 0) {
      rowOfCol[bestCol] = i;
      assigned[i] = 1;
    }
  }
}
