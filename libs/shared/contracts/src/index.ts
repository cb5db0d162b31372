export * from './roles';
export * from './locales';
export * from './errors';
export * from './jobs';
export * from './mail';
export * from './users';
export * from './audit';
export * from './health';
