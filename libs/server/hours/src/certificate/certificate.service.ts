import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { COMPETENCES, ErrorCode, type Competence } from '@miteinander/contracts';
import { todayIn } from '@miteinander/domain-hours';
import { APP_CONFIG, AppError, type AppConfig } from '@miteinander/server-platform';
import type { DocLang } from '../format';
import { renderCertificate, type CertificateData } from './certificate-pdf';
import { CERTIFICATE_TEXTS } from './certificate-texts';

/** How many distinct activity descriptions the certificate lists (the most frequent ones). */
const MAX_ACTIVITIES = 12;

export interface CertificateFile {
  pdf: Buffer;
  fileName: string;
}

/** The Ehrenamtsnachweis: built from approved hours only, optionally for one calendar year. */
@Injectable()
export class CertificateService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async build(volunteerId: string, lang: DocLang, year?: number): Promise<CertificateFile> {
    const data = await this.load(volunteerId, lang, year);
    const pdf = await renderCertificate(data, lang);
    const stem = lang === 'de' ? 'Ehrenamtsnachweis' : 'Volunteer-certificate';
    return { pdf, fileName: `${stem}-${data.volunteerName.replace(/\s+/g, '-')}${year ? `-${year}` : ''}.pdf` };
  }

  private async load(volunteerId: string, lang: DocLang, year?: number): Promise<CertificateData> {
    const texts = CERTIFICATE_TEXTS[lang];
    const [from, to] = year ? [`${year}-01-01`, `${year}-12-31`] : [null, null];
    const m = this.dataSource.manager;
    const volunteers: { first_name: string; last_name: string; date_of_birth: string | null; competences: string[] }[] = await m.query(
      `SELECT first_name, last_name, date_of_birth::text AS date_of_birth, competences FROM volunteers WHERE id = $1`,
      [volunteerId],
    );
    const v = volunteers[0];
    if (!v) throw new AppError(404, ErrorCode.NotFound);
    const approved = `FROM hour_entries h WHERE h.volunteer_id = $1 AND h.status = 'approved' AND ($2::date IS NULL OR h.activity_date >= $2::date) AND ($3::date IS NULL OR h.activity_date <= $3::date)`;
    const params = [volunteerId, from, to];
    const [span]: { first: string | null; last: string | null; total: number }[] = await m.query(
      `SELECT min(h.activity_date)::text AS first, max(h.activity_date)::text AS last, COALESCE(sum(h.minutes), 0)::int AS total ${approved}`,
      params,
    );
    const byYear: { year: number; minutes: number }[] = await m.query(
      `SELECT extract(year FROM h.activity_date)::int AS year, sum(h.minutes)::int AS minutes ${approved} GROUP BY 1 ORDER BY 1`,
      params,
    );
    const organisations: { name: string }[] = await m.query(
      `SELECT o.name FROM organisations o JOIN (SELECT h.organisation_id, sum(h.minutes) AS minutes ${approved} GROUP BY 1) x ON x.organisation_id = o.id
        ORDER BY x.minutes DESC, o.name`,
      params,
    );
    const activities: { activity: string }[] = await m.query(
      `SELECT h.activity ${approved} GROUP BY h.activity ORDER BY count(*) DESC, h.activity LIMIT ${MAX_ACTIVITIES}`,
      params,
    );
    const trainings: { title: string; date: string }[] = await m.query(
      `SELECT title, training_date::text AS date FROM volunteer_trainings
        WHERE volunteer_id = $1 AND ($2::date IS NULL OR training_date >= $2::date) AND ($3::date IS NULL OR training_date <= $3::date)
        ORDER BY training_date, title`,
      params,
    );
    return {
      volunteerName: `${v.first_name} ${v.last_name}`.trim(),
      dateOfBirth: v.date_of_birth,
      from: span!.first,
      to: span!.last,
      organisations: organisations.map((o) => o.name),
      activities: activities.map((a) => texts.activityLabels[a.activity] ?? a.activity),
      byYear,
      totalMinutes: span!.total,
      trainings,
      // Printed in the order of the fixed list, translated; unknown values (older lists) are left out.
      competences: COMPETENCES.filter((c) => v.competences.includes(c)).map((c: Competence) => texts.competenceLabels[c]),
      countyName: this.config.countyName,
      issuedOn: todayIn(new Date(), this.config.reminders.timezone),
    };
  }
}
