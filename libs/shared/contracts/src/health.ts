export type ComponentState = 'up' | 'down';

export interface HealthView {
  status: 'ok' | 'degraded';
  database: { state: ComponentState; driver: 'embedded' | 'postgres' };
  queue: { state: ComponentState; driver: 'inline' | 'bullmq' };
  mail: { state: ComponentState; driver: 'captured' | 'smtp' };
  version: string;
}
