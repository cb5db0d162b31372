export * from './suppression';
export * from './months';
