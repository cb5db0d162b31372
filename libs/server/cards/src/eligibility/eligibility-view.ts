import type { CardEligibilityView, CardReasonView, CardSummary, OwnCardApplication } from '@miteinander/contracts';
import type { CardEligibility } from '@miteinander/domain-cards';
import type { RuleSetInForce } from '../rules/rule-sets.service';

export function reasonViews(result: CardEligibility): CardReasonView[] {
  return result.reasons.map((r) => ({ reason: r.reason, params: r.params }));
}

export function eligibilityView(
  rules: Pick<RuleSetInForce, 'code' | 'name' | 'version'>,
  result: CardEligibility,
  application: OwnCardApplication | null = null,
  card: CardSummary | null = null,
): CardEligibilityView {
  return {
    eligible: result.eligible,
    ruleSet: { code: rules.code, name: rules.name, version: rules.version },
    reasons: reasonViews(result),
    facts: {
      age: result.age,
      monthsActive: result.monthsActive,
      activeSince: result.activeSince,
      countedMinutes: result.countedMinutes,
      requiredMinutes: result.requiredMinutes,
      windowFrom: result.windowFrom,
      windowTo: result.windowTo,
      recentMinutesPerWeek: result.recentMinutesPerWeek,
    },
    projectedEligibleOn: result.projectedEligibleOn,
    application,
    card,
  };
}
