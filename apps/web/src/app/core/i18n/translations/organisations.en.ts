import type { Shape } from './translation-shape';
import type { organisationsDe } from './organisations.de';

export const organisationsEn: Shape<typeof organisationsDe> = {
  placeholder: '',
};
