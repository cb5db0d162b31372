import { addYears, isCalendarDate } from '@miteinander/domain-calendar';

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The day someone born on `dateOfBirth` reaches `years` of age (§ 187 Abs. 2, § 188 BGB): on the birthday itself;
 * someone born on 29 February reaches it on 1 March in a common year (their year of life ends with 28 February).
 */
export function ageReachedOn(dateOfBirth: string, years: number): string {
  const targetYear = Number(dateOfBirth.slice(0, 4)) + years;
  if (dateOfBirth.slice(5) === '02-29' && !isLeapYear(targetYear)) return `${String(targetYear).padStart(4, '0')}-03-01`;
  return addYears(dateOfBirth, years);
}

/** Full years of age on `today`; null for an unknown or malformed date of birth. */
export function ageOn(dateOfBirth: string | null, today: string): number | null {
  if (!dateOfBirth || !isCalendarDate(dateOfBirth) || dateOfBirth > today) return null;
  let age = Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  if (ageReachedOn(dateOfBirth, age) > today) age -= 1;
  return age;
}
