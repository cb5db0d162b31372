export * from './password-policy';
export * from './access';
export * from './throttle';
