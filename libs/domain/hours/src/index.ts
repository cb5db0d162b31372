export * from './calendar-date';
export * from './hour-rules';
export * from './totals';
