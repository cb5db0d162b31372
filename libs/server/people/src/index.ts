import { Municipality } from './entities/municipality.entity';
import { Organisation } from './entities/organisation.entity';
import { Volunteer } from './entities/volunteer.entity';

export const PEOPLE_ENTITIES = [Municipality, Organisation, Volunteer];
export { Municipality, Organisation, Volunteer };
export * from './entities/organisation.entity';
export * from './entities/volunteer.entity';
export { PeopleModule } from './people.module';
export { loadMunicipalities } from './municipality-loader';
