export { seedDemoData } from './demo-data';
