import { SUPPRESSED } from '@miteinander/contracts';
import { publishFigure, suppressTable, type RawRow } from './suppression';

const row = (key: string, value: number, people = value): RawRow => ({ key, label: key, cells: { n: { value, people } } });
const sum = (rows: RawRow[]): RawRow => row('total', rows.reduce((s, r) => s + r.cells['n'].value, 0));

describe('suppressTable', () => {
  it('hides figures fewer than 3 people stand behind, keeps zero and 3 or more', () => {
    const rows = [row('a', 0), row('b', 1), row('c', 2), row('d', 3), row('e', 40)];
    const out = suppressTable([{ key: 'n', additive: false }], rows);
    expect(out.rows.map((r) => r.cells['n'])).toEqual([0, SUPPRESSED, SUPPRESSED, 3, 40]);
  });

  it('hides the next-smallest figure when a total would reveal the only hidden one', () => {
    const rows = [row('a', 2), row('b', 5), row('c', 4), row('d', 0)];
    const out = suppressTable([{ key: 'n', additive: true }], rows, sum(rows));
    expect(out.rows.map((r) => r.cells['n'])).toEqual([SUPPRESSED, 5, SUPPRESSED, 0]);
    expect(out.total?.cells['n']).toBe(11);
  });

  it('needs no second hidden figure when two are hidden already, or the column is not a sum', () => {
    const rows = [row('a', 2), row('b', 1), row('c', 9)];
    expect(suppressTable([{ key: 'n', additive: true }], rows, sum(rows)).rows.map((r) => r.cells['n'])).toEqual([SUPPRESSED, SUPPRESSED, 9]);
    const one = [row('a', 2), row('b', 9)];
    expect(suppressTable([{ key: 'n', additive: false }], one, sum(one)).rows.map((r) => r.cells['n'])).toEqual([SUPPRESSED, 9]);
  });

  it('judges sums by the people behind them, not by their size', () => {
    const rows = [row('a', 600, 2), row('b', 45, 3)];
    const out = suppressTable([{ key: 'n', additive: false }], rows);
    expect(out.rows.map((r) => r.cells['n'])).toEqual([SUPPRESSED, 45]);
  });

  it('hides a total that fewer than 3 people stand behind', () => {
    const rows = [row('a', 1), row('b', 1)];
    expect(suppressTable([{ key: 'n', additive: true }], rows, sum(rows)).total?.cells['n']).toBe(SUPPRESSED);
  });

  it('shows nothing (null) for an average no one stands behind, and hides one of one or two people', () => {
    const avg = (key: string, value: number, people: number): RawRow => ({ key, label: key, cells: { avg: { value, people } } });
    const out = suppressTable([{ key: 'avg', additive: false, average: true }], [avg('a', 0, 0), avg('b', 12, 2), avg('c', 30, 5)]);
    expect(out.rows.map((r) => r.cells['avg'])).toEqual([null, SUPPRESSED, 30]);
  });

  it('keeps map coordinates', () => {
    const out = suppressTable([{ key: 'n', additive: false }], [{ ...row('7', 5), lat: 51.2, lon: 12.7 }]);
    expect(out.rows[0]).toMatchObject({ lat: 51.2, lon: 12.7 });
  });
});

describe('publishFigure', () => {
  it('hides a single figure of one or two people', () => {
    expect(publishFigure({ value: 7, people: 2 })).toBe(SUPPRESSED);
    expect(publishFigure({ value: 7, people: 3 })).toBe(7);
    expect(publishFigure({ value: 0, people: 0 })).toBe(0);
  });
});
