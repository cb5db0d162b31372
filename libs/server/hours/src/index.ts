export const HOURS_ENTITIES: Function[] = [];
export { HoursModule } from './hours.module';
