import type { de } from './de';

/** The German texts' structure with any strings: what a complete translation must provide. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
type PartialShape<T> = { [K in keyof T]?: T[K] extends string ? string : PartialShape<T[K]> };

export type CompleteTranslation = Shape<typeof de>;
/** Languages still being translated: whatever is missing falls back to English. */
export type PartialTranslation = PartialShape<typeof de>;
