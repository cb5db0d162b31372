import type { eventsSharedDe } from './events-shared.de';

export const eventsSharedEn: typeof eventsSharedDe = {
  kind: { award_ceremony: 'Award ceremony', reception: 'Volunteer reception', thank_you_festival: 'Thank-you festival' },
  status: { draft: 'In preparation', invited: 'Invited', cancelled: 'Cancelled' },
  invitationStatus: { listed: 'On the list', invited: 'Invited, no answer', accepted: 'Accepted', declined: 'Declined', waitlisted: 'Waiting list', removed: 'Removed' },
  source: {
    hours: 'Hours in the year',
    activeYears: 'Years active',
    cardHolder: 'Honorary card',
    completedSponsorship: 'Sponsorship completed',
    organisationContact: 'Organisation contact',
    nominated: 'Nominated',
    manual: 'Added by hand',
  },
  fields: {
    plusOne: 'Plus-one',
    plusOneName: 'Name of your plus-one',
    accessibilityNeeds: 'Accessibility: what do you need?',
    dietaryNeeds: 'Food: allergies, vegetarian, halal …',
    photoConsent: 'Photos of me may be published',
  },
  waitlistPosition: 'Place {{position}} on the waiting list',
  seats: '{{taken}} of {{capacity}} seats taken',
};
