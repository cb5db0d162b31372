// The matching round's assignment solver (libs/domain/matching) against `munkres` 2.x, the fastest npm solver, and
// the widely used `munkres-js`, on identical seeded inputs; totals must be identical (issue 6).
//   BENCH_N (2000), BENCH_SMALL_N (500), BENCH_SPARSE_N (5000), BENCH_SPARSE_DENSITY (0.03), BENCH_RUNS (3)
// Both solvers are warmed up on small matrices first; each dense case reports the median of BENCH_RUNS runs.
require('./support/ts-require.cjs');
const { join } = require('node:path');
const { munkres } = require('munkres');
const munkresJs = require('munkres-js');
const { solveAssignment } = require(join(__dirname, '../../libs/domain/matching/src/assignment/solve-assignment.ts'));

const N = Number(process.env.BENCH_N ?? 2000);
const SMALL_N = Number(process.env.BENCH_SMALL_N ?? 500);
const SPARSE_N = Number(process.env.BENCH_SPARSE_N ?? 5000);
const DENSITY = Number(process.env.BENCH_SPARSE_DENSITY ?? 0.03);
/** Runs per solver and case; the median is reported (munkres-js, far slower, runs once). */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** A small seeded generator (LCG), so every run and every solver sees the same matrices. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

/** A cost matrix (munkres minimises cost) and the same problem as scores for ours (score = max − cost). */
function dense(rows, cols, seed, integer) {
  const next = random(seed);
  const costs = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (integer ? Math.floor(next() * 101) : next())));
  const max = integer ? 100 : 1;
  const rowStart = new Int32Array(rows + 1);
  const col = new Int32Array(rows * cols);
  const score = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    rowStart[r + 1] = (r + 1) * cols;
    for (let c = 0; c < cols; c++) {
      col[r * cols + c] = c;
      score[r * cols + c] = max - costs[r][c];
    }
  }
  return { costs, problem: { rows, cols, rowStart, col, score } };
}

function timed(fn) {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** Our total cost, from the assignment (every row is assigned in these complete problems). */
function ourCost(costs, rowToCol) {
  let total = 0;
  rowToCol.forEach((c, r) => (total += costs[r][c]));
  return total;
}

/** The median run of `runs` (each solver sees the very same input; neither mutates it). */
function median(fn, runs) {
  const all = Array.from({ length: runs }, () => timed(fn)).sort((a, b) => a.ms - b.ms);
  return all[(runs - 1) >> 1];
}

/** Runs both solvers once on small matrices of every shape, so neither is timed while it is still being compiled. */
function warmUp() {
  for (const [rows, cols, seed, integer] of [
    [200, 200, 11, false],
    [200, 200, 12, true],
    [50, 200, 13, true],
  ]) {
    const { costs, problem } = dense(rows, cols, seed, integer);
    solveAssignment(problem);
    munkres(costs);
  }
}

function compare(name, size, costs, problem, refSolver, refName = 'munkres', runs = RUNS) {
  const ours = median(() => solveAssignment(problem), runs);
  const ref = median(() => refSolver(costs), runs);
  const refTotal = ref.value.reduce((sum, [r, c]) => sum + costs[r][c], 0);
  const oursTotal = ourCost(costs, ours.value.rowToCol);
  const same = Math.abs(refTotal - oursTotal) < 1e-6 * Math.max(1, Math.abs(refTotal));
  console.log(`BENCH ${name} n=${size} ours=${ours.ms.toFixed(0)}ms ref=${ref.ms.toFixed(0)}ms ratio=${(ours.ms / ref.ms).toFixed(2)}`);
  console.log(`  totals: ours ${oursTotal.toFixed(4)}, ${refName} ${refTotal.toFixed(4)} — ${same ? 'identical' : 'DIFFERENT'}`);
  if (!same) process.exitCode = 1;
}

/** 5,000 requests × 5,000 volunteers, ~3 % feasible pairs, integer scores, capacities 1–3. */
function sparse(n, density, seed) {
  const next = random(seed);
  const rowStart = new Int32Array(n + 1);
  const cols = [];
  const scores = [];
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (next() < density) {
        cols.push(c);
        scores.push(Math.floor(next() * 101));
      }
    }
    rowStart[r + 1] = cols.length;
  }
  const capacity = Int32Array.from({ length: n }, () => 1 + Math.floor(next() * 3));
  return { rows: n, cols: n, capacity, rowStart, col: Int32Array.from(cols), score: Float64Array.from(scores) };
}

function main() {
  // First, in a fresh heap, so the resident memory is the sparse case's own.
  const problem = sparse(SPARSE_N, DENSITY, 5);
  global.gc?.();
  const before = process.memoryUsage().rss;
  const ours = timed(() => solveAssignment(problem));
  const served = ours.value.rowToCol.filter((c) => c !== -1).length;
  console.log(
    `BENCH matching-sparse n=${SPARSE_N}x${SPARSE_N} ours=${ours.ms.toFixed(0)}ms ref=n/a ratio=n/a` +
      `  (${problem.col.length} feasible pairs, ${served} served, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB, +${((process.memoryUsage().rss - before) / 2 ** 20).toFixed(0)} MB while solving)`,
  );

  warmUp();
  const uniform = dense(N, N, 1, false);
  compare('matching-dense-uniform', `${N}x${N}`, uniform.costs, uniform.problem, munkres);
  const integer = dense(N, N, 2, true);
  compare('matching-dense-int', `${N}x${N}`, integer.costs, integer.problem, munkres);
  const rect = dense(300, N, 3, true);
  compare('matching-rectangular', `300x${N}`, rect.costs, rect.problem, munkres);
  const small = dense(SMALL_N, SMALL_N, 4, true);
  compare('matching-vs-munkres-js', SMALL_N, small.costs, small.problem, (c) => munkresJs(c), 'munkres-js', 1);
}

main();
