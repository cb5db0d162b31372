import { EVENT_PROBLEM_RULES } from '@miteinander/domain-events';
import { eventProblemMessage } from '../problems';
import './messages';

describe('event texts', () => {
  it.each(EVENT_PROBLEM_RULES)('words the rule %s in German and English', (rule) => {
    const params = { max: 200, min: 1, expected: 'string', eventDate: '2026-12-11', deadline: '2026-12-04' };
    const de = eventProblemMessage({ field: 'title', rule, params }, 'de');
    const en = eventProblemMessage({ field: 'title', rule, params }, 'en');
    expect(de).toMatch(/^Titel: /);
    expect(en).toMatch(/^Title: /);
    expect(de).not.toContain('Bitte prüfen Sie diese Angabe.');
    expect(en).not.toContain('Please check this entry.');
    expect(`${de} ${en}`).not.toMatch(/\{\w+\}/);
  });

  it('labels a criteria path part by part and shows dates as dates', () => {
    expect(eventProblemMessage({ field: 'criteria.hoursInYear.minHours', rule: 'required' }, 'de')).toBe('Auswahl der Gäste, Ehrenamtsstunden im Jahr, Mindestens Stunden: Bitte ausfüllen.');
    expect(eventProblemMessage({ field: 'rsvpDeadline', rule: 'deadlineAfterEvent', params: { eventDate: '2026-12-11' } }, 'en')).toBe(
      'Reply by: The reply deadline must not be after the day of the event (11/12/2026).',
    );
  });
});
