import { versionDiff } from './version-diff';
import { validApplication } from './test-fixtures';

describe('versionDiff', () => {
  it('is empty for identical versions, even with cost lines reordered', () => {
    const v1 = validApplication();
    expect(versionDiff(v1, validApplication())).toEqual([]);
    expect(versionDiff(v1, { ...v1, costLines: [...v1.costLines!].reverse() })).toEqual([]);
  });
  it('lists changed fields in form order with flat paths', () => {
    const v1 = validApplication();
    const v2 = { ...v1, requestedCents: 110_000, title: 'Fest', startDate: '2026-10-02', cooperatingOrganisation: 'Caritas' };
    expect(versionDiff(v1, v2)).toEqual([
      { field: 'cooperatingOrganisation', before: null, after: 'Caritas' },
      { field: 'title', before: 'Nachbarschaftsfest am Lindenplatz', after: 'Fest' },
      { field: 'startDate', before: '2026-10-01', after: '2026-10-02' },
      { field: 'requestedCents', before: 120_000, after: 110_000 },
    ]);
  });
  it('matches cost lines by id and shows added and removed lines whole', () => {
    const v1 = validApplication();
    const added = { id: 'deko', category: 'material' as const, description: 'Deko', amountCents: 5_000 };
    const v2 = { ...v1, costLines: [added, { ...v1.costLines![1], amountCents: 45_000 }] };
    expect(versionDiff(v1, v2)).toEqual([
      { field: 'costLines.miete', before: v1.costLines![0], after: null },
      { field: 'costLines.essen.amountCents', before: 50_000, after: 45_000 },
      { field: 'costLines.deko', before: null, after: added },
    ]);
  });
  it('handles versions without cost lines', () => {
    expect(versionDiff({}, {})).toEqual([]);
    const line = { id: 'a', category: 'fees' as const, description: 'x', amountCents: 1 };
    expect(versionDiff({}, { costLines: [line] })).toEqual([{ field: 'costLines.a', before: null, after: line }]);
  });
});
