import { Beneficiary } from './entities/beneficiary.entity';
import { SponsorshipCheckIn } from './entities/sponsorship-check-in.entity';
import { SponsorshipTransition } from './entities/sponsorship-transition.entity';
import { Sponsorship } from './entities/sponsorship.entity';

export const SPONSORSHIP_ENTITIES = [Beneficiary, Sponsorship, SponsorshipTransition, SponsorshipCheckIn];
export { Beneficiary, Sponsorship, SponsorshipTransition, SponsorshipCheckIn };
export { SponsorshipsModule } from './sponsorships.module';
export { RequestsService } from './requests/requests.service';
export { LifecycleService } from './lifecycle/lifecycle.service';
export { stateLabel } from './messages';
