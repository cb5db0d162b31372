import { detailLang, detailTexts } from './detail-texts';

describe('start page details', () => {
  it('speaks German by default and English for English and Arabic readers', () => {
    expect([detailLang('de'), detailLang('en'), detailLang('ar'), detailLang(undefined)]).toEqual(['de', 'en', 'en', 'de']);
  });

  it('counts days in the right grammatical form', () => {
    const de = detailTexts('de');
    expect([de.overdue(0), de.overdue(1), de.overdue(23)]).toEqual(['heute fällig', 'seit 1 Tag überfällig', 'seit 23 Tagen überfällig']);
    expect([de.waiting(0), de.waiting(1), de.received(1), de.submitted(4)]).toEqual(['wartet seit heute', 'wartet seit 1 Tag', 'eingegangen vor 1 Tag', 'eingereicht vor 4 Tagen']);
    const en = detailTexts('en');
    expect([en.overdue(1), en.waiting(23), en.received(0), en.reportOverdue(2)]).toEqual(['1 day overdue', 'waiting for 23 days', 'received today', 'final report 2 days overdue']);
  });

  it('writes hours in the language number format', () => {
    expect(detailTexts('de').hoursToApprove(1, 95)).toBe('1 Eintrag, 1,58 Std.');
    expect(detailTexts('en').hoursToApprove(3, 1230)).toBe('3 entries, 20.5 h');
    expect(detailTexts('de').eventAnswers(1, 0, 4)).toBe('1 Zusage · 0 Warteliste · 4 ohne Antwort');
  });
});
