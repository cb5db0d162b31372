import type { reportsDe } from './reports.de';

export const reportsEn: typeof reportsDe = {
  title: 'Reports and evaluation',
};
