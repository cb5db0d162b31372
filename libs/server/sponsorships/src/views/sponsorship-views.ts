import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  AvailabilitySlot, CheckInKind, CheckInMood, CheckInView, Gender, PupilDetails, SponsorshipState, SponsorshipTransitionView, SponsorshipView,
} from '@miteinander/contracts';
import { allowedNextStates } from '@miteinander/domain-sponsorships';
import { SqlParams } from '@miteinander/server-people';
import { APP_CONFIG, decryptText, type AppConfig } from '@miteinander/server-platform';
import { SponsorshipConfig } from '../sponsorship-config';
import { listColumns, SPONSORSHIP_FROM, toListItem, type ListRow } from './list-row';

interface ViewRow extends ListRow {
  needs: string;
  availability: AvailabilitySlot[];
  sponsor_gender: Gender | null;
  sponsor_age_min: number | null;
  sponsor_age_max: number | null;
  interpreter: boolean;
  contact_person: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  adults: number | null;
  children_ages: number[];
  pupil: PupilDetails | null;
  guardian_consent_by: string | null;
  guardian_consent_date: string | null;
  notes: string | null;
  planned_months: number;
  intro_meeting_date: string | null;
  contacts_shared_at: Date | null;
  trial_weeks: number;
  closing_note: string | null;
  rematch_of: string | null;
  rematched_as: string | null;
  updated_at: Date;
}

/** The whole sponsorship as coordinators see it: request, pairing, timeline and check-ins, in three reads. */
@Injectable()
export class SponsorshipViews {
  constructor(
    private readonly config: SponsorshipConfig,
    @Inject(APP_CONFIG) private readonly appConfig: AppConfig,
  ) {}

  async load(m: EntityManager, id: string): Promise<SponsorshipView | null> {
    const p = new SqlParams();
    const columns = listColumns(p, this.config.today(), this.appConfig.reminders.timezone);
    const rows: ViewRow[] = await m.query(
      `SELECT ${columns}, b.needs, b.availability, b.sponsor_gender, b.sponsor_age_min, b.sponsor_age_max, b.interpreter, b.contact_person, b.phone, b.email, b.address, b.adults,
              b.children_ages, b.pupil, b.guardian_consent_by, b.guardian_consent_date::text, b.notes, s.planned_months, s.intro_meeting_date::text,
              s.contacts_shared_at, s.trial_weeks, s.closing_note, s.rematch_of,
              (SELECT r.id FROM sponsorships r WHERE r.rematch_of = s.id) AS rematched_as, s.updated_at
         ${SPONSORSHIP_FROM} WHERE s.id = ${p.add(id)}::uuid`,
      p.values,
    );
    const r = rows[0];
    if (!r) return null;
    const [transitions, checkIns] = await Promise.all([this.transitions(m, id), this.checkIns(m, id)]);
    return {
      ...toListItem(r),
      needs: r.needs,
      availability: r.availability,
      preferences: { sponsorGender: r.sponsor_gender, interpreter: r.interpreter, contactPerson: r.contact_person, sponsorAgeMin: r.sponsor_age_min, sponsorAgeMax: r.sponsor_age_max },
      contact: { phone: r.phone, email: r.email, address: r.address },
      adults: r.adults,
      childrenAges: r.children_ages,
      pupil: r.pupil,
      guardianConsent: r.guardian_consent_by ? { givenBy: r.guardian_consent_by, date: r.guardian_consent_date! } : null,
      notes: decryptText(r.notes),
      plannedMonths: r.planned_months,
      introMeetingDate: r.intro_meeting_date,
      contactsSharedAt: r.contacts_shared_at?.toISOString() ?? null,
      trialWeeks: r.trial_weeks,
      closingNote: r.closing_note,
      rematchOf: r.rematch_of,
      rematchedAs: r.rematched_as,
      allowedNext: [...allowedNextStates(r.state)],
      transitions,
      checkIns,
      updatedAt: r.updated_at.toISOString(),
    };
  }

  private async transitions(m: EntityManager, id: string): Promise<SponsorshipTransitionView[]> {
    const rows: { from_state: SponsorshipState | null; to_state: SponsorshipState; changed_at: Date; by_name: string | null; reason: string | null; volunteer_id: string | null; volunteer_name: string | null }[] =
      await m.query(
        `SELECT t.from_state, t.to_state, t.changed_at, u.display_name AS by_name, t.reason, t.volunteer_id, v.first_name || ' ' || v.last_name AS volunteer_name
           FROM sponsorship_transitions t LEFT JOIN users u ON u.id = t.changed_by LEFT JOIN volunteers v ON v.id = t.volunteer_id
          WHERE t.sponsorship_id = $1 ORDER BY t.id`,
        [id],
      );
    return rows.map((t) => ({
      from: t.from_state,
      to: t.to_state,
      at: t.changed_at.toISOString(),
      byName: t.by_name,
      reason: t.reason,
      volunteer: t.volunteer_id ? { id: t.volunteer_id, name: t.volunteer_name ?? '' } : null,
    }));
  }

  private async checkIns(m: EntityManager, id: string): Promise<CheckInView[]> {
    const rows: { id: string; kind: CheckInKind; held_on: string; mood: CheckInMood; note: string; next_step: string | null; recorded_by: string | null; created_at: Date }[] =
      await m.query(
        `SELECT ci.id, ci.kind, ci.held_on::text, ci.mood, ci.note, ci.next_step, u.display_name AS recorded_by, ci.created_at
           FROM sponsorship_check_ins ci LEFT JOIN users u ON u.id = ci.recorded_by
          WHERE ci.sponsorship_id = $1 ORDER BY ci.held_on DESC, ci.created_at DESC`,
        [id],
      );
    return rows.map((c) => ({ id: c.id, kind: c.kind, date: c.held_on, mood: c.mood, note: c.note, nextStep: c.next_step, recordedBy: c.recorded_by, createdAt: c.created_at.toISOString() }));
  }
}
