import { Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { COMMON_ACTIVITIES } from '@miteinander/contracts';

export type CommonActivity = (typeof COMMON_ACTIVITIES)[number];

export function isCommonActivity(activity: string): activity is CommonActivity {
  return (COMMON_ACTIVITIES as readonly string[]).includes(activity);
}

/**
 * An entry's activity for reading: the one-tap chips store a key (e.g. `learning_support`) that is
 * shown in the reader's language; free text is shown as typed. Pass the language to re-render.
 */
@Pipe({ name: 'activity' })
export class ActivityPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(activity: string | null | undefined, _locale: string): string {
    if (!activity) return '';
    return isCommonActivity(activity) ? (this.translate.instant(`hours.activities.${activity}`) as string) : activity;
  }
}
