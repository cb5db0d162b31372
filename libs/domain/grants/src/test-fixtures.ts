import type { GrantApplicationData } from '@miteinander/contracts';
import { defaultCallInput } from './call-rules';
import type { GrantCallRules } from './submission';

/** Shared by the specs: a call as set up by default and an application that passes every rule on TODAY. */
export const TODAY = '2026-09-01';
export const CALL: GrantCallRules = defaultCallInput(2026);

export function validApplication(overrides: Partial<GrantApplicationData> = {}): GrantApplicationData {
  return {
    applicantType: 'initiative',
    organisationName: 'Willkommensinitiative Nordstadt',
    title: 'Nachbarschaftsfest am Lindenplatz',
    goals: 'Geflüchtete und Alteingesessene lernen sich kennen.',
    targetGroup: 'Familien im Quartier',
    fieldOfAction: 'cohesion',
    projectArea: 'nachbarschaftsfest',
    municipalityId: 3,
    startDate: '2026-10-01',
    endDate: '2026-10-01',
    plannedRefugees: 40,
    plannedLocals: 60,
    costLines: [
      { id: 'miete', category: 'rent', description: 'Zelt', amountCents: 80_000 },
      { id: 'essen', category: 'catering', description: 'Buffet', amountCents: 50_000 },
    ],
    ownContributionCents: 10_000,
    otherFundingCents: 0,
    requestedCents: 120_000,
    accountHolder: 'Willkommensinitiative Nordstadt e.V.',
    iban: 'DE89 3704 0044 0532 0130 00',
    publicConsent: false,
    ...overrides,
  };
}
