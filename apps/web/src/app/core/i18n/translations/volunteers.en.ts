import type { Shape } from './translation-shape';
import type { volunteersDe } from './volunteers.de';

export const volunteersEn: Shape<typeof volunteersDe> = {
  placeholder: '',
};
