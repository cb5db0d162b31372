import { FormArray, FormControl, FormGroup, Validators, type NonNullableFormBuilder } from '@angular/forms';
import { GRANT_MAX_POINTS, type GrantCriterion, type GrantScoreInput } from '@miteinander/contracts';

export const SCORE_COMMENT_MAX = 2000;
export const POINTS = Array.from({ length: GRANT_MAX_POINTS + 1 }, (_, i) => i);

export type ScoreRow = FormGroup<{
  criterion: FormControl<string>;
  points: FormControl<number | null>;
  comment: FormControl<string>;
}>;

/** One row per criterion of the call, filled with what this reviewer saved before. */
export function scoreRows(fb: NonNullableFormBuilder, criteria: GrantCriterion[], mine: GrantScoreInput[]): FormArray<ScoreRow> {
  return fb.array(
    criteria.map((c) => {
      const saved = mine.find((s) => s.criterion === c.code);
      return fb.group({
        criterion: fb.control(c.code),
        points: fb.control<number | null>(saved?.points ?? null),
        comment: fb.control(saved?.comment ?? '', Validators.maxLength(SCORE_COMMENT_MAX)),
      });
    }),
  );
}

/** The scores to save: the criteria given points (a comment alone is not a score). */
export function scoresToSave(rows: FormArray<ScoreRow>): GrantScoreInput[] {
  return rows.getRawValue().flatMap((r) => (r.points === null ? [] : [{ criterion: r.criterion, points: r.points, ...(r.comment.trim() ? { comment: r.comment.trim() } : {}) }]));
}
