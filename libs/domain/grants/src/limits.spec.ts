import { defaultCallInput } from './call-rules';
import { requestLimitCents } from './limits';

const call = defaultCallInput(2026);

describe('requestLimitCents', () => {
  it('gives a language course the lower limit and everything else the project limit', () => {
    expect(requestLimitCents(call, 'sprachkurs')).toBe(100_000);
    expect(requestLimitCents(call, 'sprachmittlung')).toBe(500_000);
    expect(requestLimitCents(call, 'nachbarschaftsfest')).toBe(500_000);
  });
  it('falls back to the project limit for no or an unknown area', () => {
    expect(requestLimitCents(call, undefined)).toBe(500_000);
    expect(requestLimitCents(call, 'gibt-es-nicht')).toBe(500_000);
  });
  it('never lets a language course exceed the project limit, even if the call was set up that way', () => {
    expect(requestLimitCents({ ...call, maxPerProjectCents: 80_000 }, 'sprachkurs')).toBe(80_000);
  });
});
