import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  CHECK_IN_STATES, HOURS_STATES, OCCUPYING_STATES,
  type AvailabilitySlot, type GermanLevel, type LanguageSkill, type OwnSponsorshipView, type PupilDetails, type SponsorshipKind, type SponsorshipState,
} from '@miteinander/contracts';
import type { User } from '@miteinander/server-identity';
import { OwnVolunteerService } from '@miteinander/server-people';
import { AuditEntry } from '@miteinander/server-platform';

interface OwnRow {
  id: string;
  kind: SponsorshipKind;
  state: SponsorshipState;
  name: string;
  municipality_name: string;
  languages: LanguageSkill[];
  german_level: GermanLevel;
  needs: string;
  availability: AvailabilitySlot[];
  children_ages: number[];
  pupil: PupilDetails | null;
  intro_meeting_date: string | null;
  trial_start: string | null;
  planned_end: string | null;
  next_check_in_due: string | null;
  end_date: string | null;
  contacts_shared: boolean;
  phone: string | null;
  email: string | null;
  address: string | null;
  coordinator_id: string | null;
  coordinator_name: string | null;
}

/**
 * What volunteers see of their own sponsorships: proposed, running and closed ones, never another volunteer's.
 * The family's contact details appear only while the pair is running after both sides agreed; each time they
 * are shown, the read is written to the audit trail.
 */
@Injectable()
export class OwnSponsorshipsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly profiles: OwnVolunteerService,
  ) {}

  async list(actor: User): Promise<OwnSponsorshipView[]> {
    // The first visit may come before any other own page: the profile a coordinator recorded is linked here too.
    const volunteerId = await this.profiles.ensureProfileId(actor);
    const rows: OwnRow[] = await this.dataSource.query(
      `SELECT s.id, s.kind, s.state, b.name, m.name AS municipality_name, b.languages, b.german_level, b.needs, b.availability, b.children_ages, b.pupil,
              s.intro_meeting_date::text, s.trial_start::text, (s.trial_start + make_interval(months => s.planned_months))::date::text AS planned_end,
              s.next_check_in_due::text, s.end_date::text, (s.contacts_shared_at IS NOT NULL AND s.state = ANY($2::text[])) AS contacts_shared,
              b.phone, b.email, b.address, s.coordinator_id, c.display_name AS coordinator_name
         FROM sponsorships s
         JOIN beneficiaries b ON b.id = s.beneficiary_id
         JOIN municipalities m ON m.id = b.municipality_id
         LEFT JOIN users c ON c.id = s.coordinator_id
        WHERE s.volunteer_id = $1 AND (s.state = ANY($3::text[]) OR s.state = 'closed')
        ORDER BY s.state = 'closed', s.requested_at DESC`,
      [volunteerId, CHECK_IN_STATES, OCCUPYING_STATES],
    );
    const shown = rows.filter((r) => r.contacts_shared);
    if (shown.length) {
      await this.dataSource.getRepository(AuditEntry).insert(shown.map((r) => ({ actorId: actor.id, action: 'read' as const, entity: 'sponsorship_contact', entityId: r.id, diff: null, purpose: 'case_work' as const })));
    }
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      state: r.state,
      name: r.name,
      municipalityName: r.municipality_name,
      languages: r.languages,
      germanLevel: r.german_level,
      needs: r.needs,
      availability: r.availability,
      childrenAges: r.children_ages,
      pupil: r.pupil ? { grade: r.pupil.grade, schoolType: r.pupil.schoolType, subjects: r.pupil.subjects } : null,
      introMeetingDate: r.intro_meeting_date,
      trialStart: r.trial_start,
      plannedEnd: r.planned_end,
      nextCheckInDue: r.next_check_in_due,
      endDate: r.end_date,
      contact: r.contacts_shared ? { phone: r.phone, email: r.email, address: r.address } : null,
      coordinator: r.coordinator_id ? { id: r.coordinator_id, name: r.coordinator_name ?? '' } : null,
      canDecline: r.state === 'match_proposed',
      canLogHours: HOURS_STATES.includes(r.state),
    }));
  }
}
