import type { Report } from '@miteinander/contracts';

/** Everything the PDF and the XLSX show: the six reports (German) and what they were built for. */
export interface EvaluationDocument {
  countyName: string;
  from: string;
  to: string;
  /** null: all municipalities. */
  municipalityName: string | null;
  generatedAt: Date;
  reports: Report[];
}

/** `Auswertung_2025-01-01_bis_2026-12-31[_Gemeinde].pdf` */
export function evaluationFileName(d: { from: string; to: string; municipalityName: string | null }, extension: 'pdf' | 'xlsx'): string {
  const place = d.municipalityName ? `_${d.municipalityName.replace(/[\s/\\]+/g, '-')}` : '';
  return `Auswertung_${d.from}_bis_${d.to}${place}.${extension}`;
}
