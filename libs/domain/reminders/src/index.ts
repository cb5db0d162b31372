export * from './quiet-hours';
export * from './zoned-time';
export * from './template-check';
