// Calendar arithmetic is shared by every area; re-exported for this area's importers.
export * from '@miteinander/domain-calendar';
export * from './rule-problem';
export * from './police-certificate';
export * from './volunteer-status';
export * from './contact-details';
export * from './access';
