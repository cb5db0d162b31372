export { seedDemoData } from './demo-data';
export { DEMO_PASSWORD } from './demo-people';
