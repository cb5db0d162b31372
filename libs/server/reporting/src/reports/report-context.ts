import type { EntityManager } from 'typeorm';
import type { Locale, ReportTable } from '@miteinander/contracts';
import type { ReportScope } from './report-scope';

export interface MunicipalityInfo {
  id: number;
  name: string;
  lat: number | null;
  lon: number | null;
  outsideCounty: boolean;
}

/** What every report builder gets: the database, the scope, the reader's language and the municipality list. */
export interface ReportContext {
  m: EntityManager;
  scope: ReportScope;
  locale: Locale;
  /** de or en: the languages report texts are written in (other locales read English). */
  lang: 'de' | 'en';
  municipalities: MunicipalityInfo[];
}

/** The part of a Report one builder makes; the service adds name, period and time. */
export interface BuiltReport {
  title: string;
  municipalityNote: string | null;
  tables: ReportTable[];
}

/** One report: set-based SQL over the live tables (a few statements, never one per row). */
export type ReportBuilder = (ctx: ReportContext) => Promise<BuiltReport>;
