import type { Shape } from './translation-shape';
import type { hoursDe } from './hours.de';

export const hoursEn: Shape<typeof hoursDe> = {
  placeholder: '',
};
