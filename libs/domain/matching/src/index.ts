export * from './assignment/assignment-problem';
export * from './assignment/solve-assignment';
export * from './scoring/match-facts';
export * from './scoring/score-pair';
export * from './scoring/hard-constraints';
export * from './scoring/score-bound';
export * from './round/plan-round';
