import { formatDateDe, formatFigure, formatInstantDe, spreadsheetNumber } from './evaluation-format';

describe('evaluation figures in German', () => {
  it('writes hours from minutes with one decimal and thousands dots', () => {
    expect(formatFigure(74_070, 'minutes')).toBe('1.234,5 Std.');
    expect(formatFigure(90, 'minutes')).toBe('1,5 Std.');
    expect(formatFigure(0, 'minutes')).toBe('0,0 Std.');
  });

  it('writes money from cents in euros with two decimals', () => {
    expect(formatFigure(1_234_500, 'cents')).toBe('12.345,00 €');
    expect(formatFigure(5, 'cents')).toBe('0,05 €');
  });

  it('writes counts, days and months', () => {
    expect(formatFigure(12_345, 'count')).toBe('12.345');
    expect(formatFigure(12, 'days')).toBe('12 Tage');
    expect(formatFigure(1, 'days')).toBe('1 Tag');
    expect(formatFigure(75, 'tenthMonths')).toBe('7,5 Monate');
    expect(formatFigure(10, 'tenthMonths')).toBe('1,0 Monat');
  });

  it('leaves hidden figures as "< 3" whatever the unit', () => {
    expect(formatFigure('< 3', 'cents')).toBe('< 3');
    expect(formatFigure('< 3', 'minutes')).toBe('< 3');
  });

  it('writes dates and instants the German way, in county time', () => {
    expect(formatDateDe('2025-01-31')).toBe('31.01.2025');
    expect(formatInstantDe(new Date('2026-07-01T22:30:00Z'))).toBe('02.07.2026, 00:30 Uhr');
  });

  it('gives spreadsheets hours, euros and months as plain numbers', () => {
    expect(spreadsheetNumber(74_070, 'minutes')).toBe(1234.5);
    expect(spreadsheetNumber(100, 'minutes')).toBe(1.7);
    expect(spreadsheetNumber(1_234_550, 'cents')).toBe(12345.5);
    expect(spreadsheetNumber(75, 'tenthMonths')).toBe(7.5);
    expect(spreadsheetNumber(4, 'count')).toBe(4);
  });
});
