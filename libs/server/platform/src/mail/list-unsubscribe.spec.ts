import { listUnsubscribeHeaders } from './list-unsubscribe';

describe('List-Unsubscribe headers', () => {
  it('offer one-click unsubscribe for reminders', () => {
    expect(listUnsubscribeHeaders({ reminderKind: 'hours-nudge', vars: { preferencesLink: 'https://m.example/mail-preferences?token=abc' } })).toEqual({
      'List-Unsubscribe': '<https://m.example/api/v1/mail-preferences/one-click?token=abc>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });
  it('are absent from mandatory mails such as a password reset', () => {
    expect(listUnsubscribeHeaders({ reminderKind: null, vars: { preferencesLink: 'https://m.example/mail-preferences?token=abc' } })).toEqual({});
  });
});
