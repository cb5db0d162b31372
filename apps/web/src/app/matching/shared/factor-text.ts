import type { TranslateService } from '@ngx-translate/core';
import type { MatchFactorView, SponsorshipKind } from '@miteinander/contracts';
import { languageName } from '../../volunteers/shared/language-codes';
import { pluralKey } from '../../sponsorships/shared/days';

type Params = Record<string, string | number>;

/** Comma-joined codes ("tutoring, childcare") as labels from another area's texts. */
function labels(translate: TranslateService, prefix: string, codes: string | number | undefined): string {
  return String(codes ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean)
    .map((code) => translate.instant(`${prefix}.${code}`) as string)
    .join(', ');
}

function ageRange(translate: TranslateService, p: Params): string {
  const min = p['minAge'];
  const max = p['maxAge'];
  if (min != null && max != null) return translate.instant('matching.ageRange.between', { min, max }) as string;
  if (min != null) return translate.instant('matching.ageRange.from', { min }) as string;
  if (max != null) return translate.instant('matching.ageRange.to', { max }) as string;
  return '';
}

/**
 * The short sentence explaining one factor of a score ("spricht Arabisch wie die Familie", "12 km entfernt"),
 * from the server's reason key and params. Codes in the params become labels in the UI language.
 */
export function factorSentence(translate: TranslateService, factor: MatchFactorView, locale: string, kind?: SponsorshipKind): string {
  const p: Params = factor.params ?? {};
  const who = translate.instant(kind === 'learning' ? 'matching.who.pupil' : 'matching.who.family') as string;
  let key = `matching.reasons.${factor.reason}`;
  let values: Record<string, unknown> = { ...p, who };
  switch (factor.reason) {
    case 'language.shared':
    case 'language.sharedBasic':
      values['language'] = languageName(String(p['language'] ?? ''), locale);
      break;
    case 'language.german':
      values['level'] = translate.instant(`sponsorships.germanLevels.${String(p['level'])}`) as string;
      break;
    case 'interests.kindAndSubjects':
    case 'interests.kind':
    case 'interests.subjects':
    case 'interests.none':
    case 'interests.kindAndSkills':
    case 'interests.skills':
      // Learning requests name the pupil's subjects and grade; the others the volunteer's fitting skills.
      if (p['grade'] !== undefined) {
        key = `matching.reasons.interests.learning.${factor.reason.split('.')[1]}`;
        values = { ...values, subjects: labels(translate, 'sponsorships.subjects', p['subjects']) };
      } else {
        key = `matching.reasons.interests.other.${factor.reason.split('.')[1]}`;
        values = { ...values, skills: labels(translate, 'volunteers.skills', p['skills']) };
      }
      break;
    case 'preferences.gender':
    case 'preferences.genderDiffers':
    case 'preferences.age':
    case 'preferences.ageDiffers':
    case 'preferences.ageUnknown':
    case 'preferences.genderAndAge':
      values = {
        ...values,
        gender: p['gender'] ? (translate.instant(`volunteers.genders.${String(p['gender'])}`) as string) : '',
        range: ageRange(translate, p),
      };
      break;
    case 'lifeStage.childcare':
    case 'lifeStage.adult':
    case 'lifeStage.young': {
      const count = Number(p['children'] ?? 0);
      values['children'] = translate.instant(pluralKey('matching.children', count), { count }) as string;
      break;
    }
    default:
      break;
  }
  const text = translate.instant(key, values) as string;
  // A reason this version of the app does not know yet: the factor's name says at least what it is about.
  return text === key ? (translate.instant(`matching.factors.${factor.factor}`) as string) : text;
}
