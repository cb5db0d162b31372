import { HourEntry } from './entities/hour-entry.entity';
import { HoursPeriodLock } from './entities/hours-period-lock.entity';
import { OrganisationApprovalLink } from './entities/organisation-approval-link.entity';

export const HOURS_ENTITIES = [HourEntry, HoursPeriodLock, OrganisationApprovalLink];

export { HourEntry, HoursPeriodLock, OrganisationApprovalLink };
export { HoursModule } from './hours.module';
export { TotalsService } from './totals.service';
export { issueApprovalLink, APPROVAL_PAGE_PATH, type IssuedApprovalLink } from './approval-link-issuer';
