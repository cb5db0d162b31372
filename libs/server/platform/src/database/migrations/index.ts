import { Foundation1764000000000 } from './1764000000000-foundation';
import { People1764000100000 } from './1764000100000-people';

/** Every migration, oldest first. Listed explicitly so the compiled build needs no file globbing. */
export const MIGRATIONS = [Foundation1764000000000, People1764000100000];
