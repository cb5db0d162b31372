import { Municipality } from './entities/municipality.entity';
import { Organisation } from './entities/organisation.entity';
import { OrganisationContact } from './entities/organisation-contact.entity';
import { PoliceCertificateCheck } from './entities/police-certificate-check.entity';
import { Volunteer } from './entities/volunteer.entity';
import { VolunteerConsent } from './entities/volunteer-consent.entity';
import { VolunteerOrganisation } from './entities/volunteer-organisation.entity';
import { VolunteerStatusChange } from './entities/volunteer-status-change.entity';
import { VolunteerTraining } from './entities/volunteer-training.entity';

export const PEOPLE_ENTITIES = [
  Municipality, Organisation, OrganisationContact, Volunteer, VolunteerOrganisation, VolunteerStatusChange, PoliceCertificateCheck, VolunteerConsent, VolunteerTraining,
];
export {
  Municipality, Organisation, OrganisationContact, Volunteer, VolunteerOrganisation, VolunteerStatusChange, PoliceCertificateCheck, VolunteerConsent, VolunteerTraining,
};
// Kept for code written before these types moved to the shared contracts.
export { VOLUNTEER_STATUSES, ORGANISATION_KINDS } from '@miteinander/contracts';
export type { VolunteerStatus, LanguageSkill, AvailabilitySlot, OrganisationKind } from '@miteinander/contracts';
export { PeopleModule } from './people.module';
export { PeopleRules } from './people-rules';
export { OwnVolunteerService } from './volunteers/own-volunteer.service';
export { VolunteersService, RECORDED_REASON } from './volunteers/volunteers.service';
export { loadMunicipalities } from './municipality-loader';
// Building blocks other areas' DTOs and queries reuse.
export { LanguageSkillDto } from './dto/language-skill.dto';
export { emailOrNull, IsCalendarDate, IsPhone, OptionalNotNull, OptionalSubsetOf, trim, trimOrNull } from './dto/validators';
export { noRelevantEntrySql, policeCertificateSql, policeEntryTag } from './volunteers/police-certificate.sql';
export { consentNotWithdrawnSql, placementAllowedSql } from './volunteers/consent.sql';
export { SqlParams } from './sql-params';
export { assertMunicipalityExists } from './reference-checks';
export { uuidParam } from './http/uuid-param';
