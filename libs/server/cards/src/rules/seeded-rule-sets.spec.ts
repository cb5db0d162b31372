import { ruleParameterProblems, SEED_RULE_SETS } from '@miteinander/domain-cards';
import { SEEDED_CARD_RULE_SETS } from '@miteinander/server-platform';

describe('the rule sets the migration seeds', () => {
  it('are exactly the domain defaults (the migration keeps a frozen copy)', () => {
    expect(SEEDED_CARD_RULE_SETS).toEqual(SEED_RULE_SETS);
  });

  it('are all valid rule parameters', () => {
    for (const r of SEEDED_CARD_RULE_SETS) expect({ code: r.code, problems: ruleParameterProblems(r.parameters as never) }).toEqual({ code: r.code, problems: [] });
  });
});
