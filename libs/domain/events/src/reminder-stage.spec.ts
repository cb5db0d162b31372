import { eventReminderStage, type ReminderInput } from './reminder-stage';

const base: ReminderInput = { eventDate: '2026-06-12', rsvpDeadline: '2026-06-01', today: '2026-05-01', status: 'accepted', rsvpReminderDays: 3 };
const stage = (over: Partial<ReminderInput>) => eventReminderStage({ ...base, ...over });

describe('eventReminderStage', () => {
  describe('accepted', () => {
    it('reminds a week before and the day before', () => {
      expect(stage({ today: '2026-06-05' })).toBe('week');
      expect(stage({ today: '2026-06-11' })).toBe('day');
    });
    it('is quiet on the days around them and on the event day', () => {
      for (const today of ['2026-06-04', '2026-06-06', '2026-06-10', '2026-06-12', '2026-06-13']) expect(stage({ today })).toBeNull();
    });
    it('counts across month ends', () => {
      expect(stage({ eventDate: '2026-03-03', today: '2026-02-24' })).toBe('week');
      expect(stage({ eventDate: '2026-03-01', today: '2026-02-28' })).toBe('day');
      expect(stage({ eventDate: '2027-01-01', today: '2026-12-31' })).toBe('day');
    });
    it('gets no deadline reminder', () => {
      expect(stage({ today: '2026-05-29' })).toBeNull();
    });
  });

  describe('invited without an answer', () => {
    const invited = (over: Partial<ReminderInput>) => stage({ status: 'invited', ...over });
    it('reminds rsvpReminderDays before the deadline', () => {
      expect(invited({ today: '2026-05-29' })).toBe('rsvp');
      expect(invited({ today: '2026-05-28' })).toBeNull();
      expect(invited({ today: '2026-05-30' })).toBeNull();
    });
    it('reminds on the deadline day itself when the setting is 0', () => {
      expect(invited({ today: '2026-06-01', rsvpReminderDays: 0 })).toBe('rsvp');
    });
    it('never reminds after the deadline', () => {
      expect(invited({ today: '2026-06-02', rsvpReminderDays: -1 })).toBeNull();
    });
    it('gets no week or day reminder (they are for people who said yes)', () => {
      expect(invited({ today: '2026-06-05' })).toBeNull();
      expect(invited({ today: '2026-06-11' })).toBeNull();
    });
  });

  it('gives null for broken dates or settings instead of throwing', () => {
    expect(stage({ eventDate: 'soon', today: '2026-06-05' })).toBeNull();
    expect(stage({ today: '' })).toBeNull();
    expect(stage({ status: 'invited', rsvpDeadline: '2026-02-30', today: '2026-02-27' })).toBeNull();
    expect(stage({ status: 'invited', today: '2026-05-29', rsvpReminderDays: 2.5 })).toBeNull();
    expect(stage({ status: 'declined' as never, today: '2026-06-05' })).toBeNull();
  });
});
