import fc from 'fast-check';
import { denseProblem } from './assignment-problem';
import { solveAssignment } from './solve-assignment';

/**
 * The best total by trying every assignment (each row: unserved or any feasible column with room). With `allServed`
 * it only tries assignments serving every row — the same optimum for complete problems with scores ≥ 0, far faster.
 */
function bruteForce(scores: number[][], capacity: number[], allServed = false): number {
  const left = [...capacity];
  let best = 0;
  const visit = (r: number, total: number): void => {
    if (r === scores.length) {
      best = Math.max(best, total);
      return;
    }
    if (!allServed) visit(r + 1, total);
    scores[r]!.forEach((s, c) => {
      if (s < 0 || left[c]! === 0) return;
      left[c]!--;
      visit(r + 1, total + s);
      left[c]!++;
    });
  };
  visit(0, 0);
  return best;
}

const instance = fc
  .record({ rows: fc.integer({ min: 0, max: 7 }), cols: fc.integer({ min: 1, max: 6 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      // -1: infeasible pair (a hard constraint); integer scores 0–100 with many ties, as real match scores are.
      scores: fc.array(fc.array(fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 100 }), fc.constantFrom(50, 60)), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: cols, maxLength: cols }),
    }),
  );

describe('the assignment solver of a matching round', () => {
  it('finds the best total of a small example, using a capacity of 2', () => {
    // Volunteer 0 can take two requests; request 2 fits nobody.
    const scores = [
      [90, 80, -1],
      [85, 10, -1],
      [-1, -1, -1],
      [70, -1, 50],
    ];
    const result = solveAssignment(denseProblem(scores, [2, 1, 1]));
    expect(Array.from(result.rowToCol)).toEqual([1, 0, -1, 0]);
    expect(result.totalScore).toBe(80 + 85 + 70);
  });

  it('equals brute force on random small instances, never breaks a constraint or a capacity, and is deterministic (property)', () => {
    fc.assert(
      fc.property(instance, ({ scores, capacity }) => {
        const problem = denseProblem(scores, capacity);
        const result = solveAssignment(problem);
        const used = new Array(capacity.length).fill(0);
        let total = 0;
        result.rowToCol.forEach((c, r) => {
          if (c === -1) return;
          expect(scores[r]![c]!).toBeGreaterThanOrEqual(0);
          used[c]++;
          total += scores[r]![c]!;
        });
        used.forEach((u, c) => expect(u).toBeLessThanOrEqual(capacity[c]!));
        expect(result.totalScore).toBe(total);
        expect(total).toBe(bruteForce(scores, capacity));
        expect(Array.from(solveAssignment(problem).rowToCol)).toEqual(Array.from(result.rowToCol));
      }),
      { numRuns: 3000 },
    );
  });

  it('solves real-valued costs too (uniform random, rectangular)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 4 }), (scores) => {
        const result = solveAssignment(denseProblem(scores));
        expect(result.totalScore).toBeCloseTo(bruteForce(scores, [1, 1, 1, 1, 1]), 9);
      }),
      { numRuns: 500 },
    );
  });

  /** Complete problems (every pair feasible, capacity 1, rows ≤ columns) with integer scores 0–maxScore. */
  const complete = (maxRows: number, extraCols: number, maxScore: number) =>
    fc.integer({ min: 1, max: maxRows }).chain((rows) =>
      fc.integer({ min: rows, max: rows + extraCols }).chain((cols) =>
        fc.array(fc.array(fc.integer({ min: 0, max: maxScore }), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      ),
    );
  const servesEveryRowOptimally = (scores: number[][]) => {
    const problem = denseProblem(scores);
    const result = solveAssignment(problem);
    expect(new Set(result.rowToCol).size).toBe(scores.length);
    expect(result.rowToCol.every((c) => c >= 0)).toBe(true);
    expect(result.totalScore).toBe(bruteForce(scores, scores[0]!.map(() => 1), true));
    expect(Array.from(solveAssignment(problem).rowToCol)).toEqual(Array.from(result.rowToCol));
  };

  it('the fast path for complete problems (square with column reduction, and rectangular) equals brute force (property)', () => {
    fc.assert(fc.property(complete(6, 2, 20), servesEveryRowOptimally), { numRuns: 3000 });
  });

  it('the fast path on heavy ties (scores 0–3), square and wide rectangular, equals brute force and is deterministic (property)', () => {
    fc.assert(fc.property(complete(5, 3, 3), servesEveryRowOptimally), { numRuns: 1000 });
  });
});
