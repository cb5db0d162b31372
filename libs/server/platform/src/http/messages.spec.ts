import { fieldLabel, registerMessages } from './messages';

describe('shared field labels', () => {
  it('refuses a second, different label for a key another area already named', () => {
    registerMessages({ fields: { spec_reason: { de: 'Begründung', en: 'Reason' } } });
    expect(() => registerMessages({ fields: { spec_reason: { de: 'Grund', en: 'Reason' } } })).toThrow(/spec_reason.*registered twice/);
    expect(fieldLabel('spec_reason', 'de')).toBe('Begründung');
  });

  it('accepts the same text again and labels scoped by request class separately', () => {
    registerMessages({ fields: { spec_status: { de: 'Status', en: 'Status' } } });
    registerMessages({ fields: { spec_status: { de: 'Status', en: 'Status' }, 'SpecDto.spec_reason': { de: 'Grund', en: 'Reason' } } });
    expect(fieldLabel('SpecDto.spec_reason', 'de')).toBe('Grund');
  });
});
