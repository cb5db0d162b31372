export * from './sponsorship-rules';
export * from './lifecycle';
export * from './request-rules';
export * from './transition-guards';
export * from './check-ins';
export * from './apply';
