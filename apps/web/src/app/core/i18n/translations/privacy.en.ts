import type { privacyDe } from './privacy.de';

export const privacyEn: typeof privacyDe = {
  myDataTitle: 'My data',
  title: 'Data protection',
};
