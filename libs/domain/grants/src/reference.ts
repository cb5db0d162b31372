/** MP-2026-0007: "Mikroprojekt", the call's year, the year's running number (given at the first submission). */
export function grantReference(year: number, n: number): string {
  return `MP-${year}-${String(n).padStart(4, '0')}`;
}
