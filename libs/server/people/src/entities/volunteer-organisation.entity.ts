import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A volunteer works for an organisation since a date; hours can only be logged for linked organisations. */
@Entity({ name: 'volunteer_organisations' })
export class VolunteerOrganisation {
  @PrimaryColumn({ name: 'volunteer_id', type: 'uuid' })
  volunteerId!: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  /** yyyy-mm-dd */
  @Column({ type: 'date', default: () => 'CURRENT_DATE' })
  since!: string;
}
