export * from './assignment/assignment-problem';
export * from './assignment/solve-assignment';
