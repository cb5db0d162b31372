export * from './calendar-date';
export * from './rule-problem';
export * from './police-certificate';
export * from './volunteer-status';
export * from './contact-details';
export * from './access';
