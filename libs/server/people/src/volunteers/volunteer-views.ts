import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  ConsentView, OrganisationRef, PoliceCertificateView, StatusChangeView, TrainingView, VolunteerListItem, VolunteerStatus, VolunteerView,
} from '@miteinander/contracts';
import { policeCertificateState, policeCertificateValidUntil } from '@miteinander/domain-volunteers';
import { Municipality } from '../entities/municipality.entity';
import { PoliceCertificateCheck } from '../entities/police-certificate-check.entity';
import { Volunteer } from '../entities/volunteer.entity';
import { VolunteerConsent } from '../entities/volunteer-consent.entity';
import { VolunteerTraining } from '../entities/volunteer-training.entity';
import { PeopleRules } from '../people-rules';

interface StatusRow {
  from_status: VolunteerStatus | null;
  to_status: VolunteerStatus;
  reason: string;
  changed_at: Date;
  by_name: string | null;
}

/** Builds the full profile ("everything in one place") from the volunteer's rows. */
@Injectable()
export class VolunteerViews {
  constructor(private readonly rules: PeopleRules) {}

  /** Null when there is no such volunteer. Runs on `m`, so it also works inside a transaction. */
  async load(m: EntityManager, id: string): Promise<VolunteerView | null> {
    const volunteer = await m.findOneBy(Volunteer, { id });
    if (!volunteer) return null;
    const [municipality, organisations, consents, trainings, history, check] = await Promise.all([
      volunteer.municipalityId === null ? null : m.findOneBy(Municipality, { id: volunteer.municipalityId }),
      m.query(
        `SELECT o.id, o.name FROM volunteer_organisations vo JOIN organisations o ON o.id = vo.organisation_id WHERE vo.volunteer_id = $1 ORDER BY o.name, o.id`,
        [id],
      ) as Promise<OrganisationRef[]>,
      m.find(VolunteerConsent, { where: { volunteerId: id }, order: { givenAt: 'DESC', id: 'DESC' } }),
      m.find(VolunteerTraining, { where: { volunteerId: id }, order: { date: 'DESC', createdAt: 'DESC' } }),
      m.query(
        `SELECT s.from_status, s.to_status, s.reason, s.changed_at, u.display_name AS by_name
           FROM volunteer_status_changes s LEFT JOIN users u ON u.id = s.changed_by
          WHERE s.volunteer_id = $1 ORDER BY s.changed_at, s.id`,
        [id],
      ) as Promise<StatusRow[]>,
      m.findOneBy(PoliceCertificateCheck, { volunteerId: id }),
    ]);
    const record = check ? this.policeCertificateView(check) : null;
    return {
      ...toListItem(volunteer, municipality?.name ?? null, record),
      userId: volunteer.userId,
      dateOfBirth: volunteer.dateOfBirth,
      gender: volunteer.gender,
      mailLocale: volunteer.mailLocale,
      interests: volunteer.interests,
      competences: volunteer.competences,
      availability: volunteer.availability,
      capacity: volunteer.capacity,
      employedOrInTraining: volunteer.employedOrInTraining,
      preferences: volunteer.preferences,
      notes: volunteer.notes,
      organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
      consents: consents.map(toConsentView),
      trainings: trainings.map(toTrainingView),
      statusHistory: history.map(toStatusChangeView),
      policeCertificateRecord: record,
      updatedAt: volunteer.updatedAt.toISOString(),
    };
  }

  private policeCertificateView(c: PoliceCertificateCheck): PoliceCertificateView {
    const rules = this.rules.policeCertificate;
    return {
      inspected: true,
      inspectionDate: c.inspectionDate,
      issueDate: c.issueDate,
      relevantEntry: c.relevantEntry,
      inspector: c.inspector,
      validUntil: policeCertificateValidUntil(c.issueDate, rules),
      state: policeCertificateState(c, this.rules.today(), rules),
      recordedAt: c.recordedAt.toISOString(),
    };
  }
}

function toListItem(v: Volunteer, municipalityName: string | null, record: PoliceCertificateView | null): VolunteerListItem {
  return {
    id: v.id,
    firstName: v.firstName,
    lastName: v.lastName,
    email: v.email,
    phone: v.phone,
    municipalityId: v.municipalityId,
    municipalityName,
    languages: v.languages,
    skills: v.skills,
    status: v.status,
    policeCertificate: { state: record?.state ?? 'missing', validUntil: record?.validUntil ?? null },
    createdAt: v.createdAt.toISOString(),
  };
}

function toConsentView(c: VolunteerConsent): ConsentView {
  return { purpose: c.purpose, textVersion: c.textVersion, givenAt: c.givenAt.toISOString(), withdrawnAt: c.withdrawnAt?.toISOString() ?? null };
}

function toTrainingView(t: VolunteerTraining): TrainingView {
  return { id: t.id, title: t.title, date: t.date, minutes: t.minutes };
}

function toStatusChangeView(s: StatusRow): StatusChangeView {
  return { from: s.from_status, to: s.to_status, reason: s.reason, at: new Date(s.changed_at).toISOString(), byName: s.by_name };
}
