/**
 * The rows of an UPDATE or DELETE … RETURNING: TypeORM's postgres driver answers those with `[rows, affected]`,
 * a SELECT or INSERT with the rows alone.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
