// Calendar arithmetic is shared by every area; re-exported for this area's importers.
export * from '@miteinander/domain-calendar';
export * from './hour-rules';
export * from './totals';
