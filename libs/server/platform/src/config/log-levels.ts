import type { LogLevel } from '@nestjs/common';
import type { AppConfig } from './app-config';

const ORDER: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** Nest logger levels for LOG_LEVEL; tests log errors only. */
export function logLevels(config: AppConfig): LogLevel[] {
  if (config.env === 'test') return ['error'];
  return ORDER.slice(0, ORDER.indexOf(config.logLevel) + 1);
}
