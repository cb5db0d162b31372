import type { TranslateService } from '@ngx-translate/core';
import { AVAILABILITY_SLOTS, type AvailabilitySlot, type LanguageSkill } from '@miteinander/contracts';
import { languageName } from '../../volunteers/shared/language-codes';

/** "Arabisch (Muttersprache), Kurdisch B1" */
export function languagesText(translate: TranslateService, languages: readonly LanguageSkill[], locale: string): string {
  return languages
    .map((skill) => {
      const level = skill.level === 'native' ? `(${translate.instant('volunteers.levels.native') as string})` : skill.level;
      return `${languageName(skill.code, locale)} ${level}`;
    })
    .join(', ');
}

/** "Montag Vormittag, Mittwoch Abend" in the week's order. */
export function availabilityText(translate: TranslateService, slots: readonly AvailabilitySlot[]): string {
  return AVAILABILITY_SLOTS.filter((slot) => slots.includes(slot))
    .map((slot) => {
      const [day, part] = slot.split('-');
      return translate.instant('volunteers.availability.slot', {
        day: translate.instant(`volunteers.weekdays.${day}`) as string,
        part: translate.instant(`volunteers.dayParts.${part}`) as string,
      }) as string;
    })
    .join(', ');
}

/** "7, 12 Jahre" */
export function childrenText(translate: TranslateService, ages: readonly number[]): string {
  return ages.length ? (translate.instant('sponsorships.detail.childrenAges', { ages: ages.join(', ') }) as string) : (translate.instant('sponsorships.detail.noChildren') as string);
}
