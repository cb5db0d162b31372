import { AsyncLocalStorage } from 'node:async_hooks';
import type { Locale } from '@miteinander/contracts';

/** Who is acting in the current request or job; read by the audit trail and by error messages. */
export interface RequestContext {
  actorId: string | null;
  locale: Locale;
  ip?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(ctx: RequestContext, fn: () => T): T {
    return storage.run(ctx, fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
  actorId(): string | null {
    return storage.getStore()?.actorId ?? null;
  },
};
