import { SMTPServer, type SMTPServerSession } from 'smtp-server';

/** A message the sink accepted (answered 250). */
export interface Delivery {
  messageId: string;
  to: string;
  at: number;
}

/** What the sink does with a message whose data has arrived, before it answers. */
export type DataAction =
  | { accept: true; delayMs?: number }
  | { refuse: number; message?: string }
  | { drop: true }
  | { hang: true };

export interface SinkOptions {
  /** Decides per message (default: accept at once). Called once per try, so a test can fail only the first. */
  onData?: (message: { to: string; messageId: string; raw: string }) => DataAction | Promise<DataAction>;
  /** Refuse a recipient with this reply (e.g. 550, 451), or drop the connection at RCPT TO. */
  onRcpt?: (to: string) => { refuse: number; message?: string } | { drop: true } | undefined;
  /** Drop the connection right after it was opened (before the greeting reaches the client). */
  onConnect?: () => { drop: true } | undefined;
}

export interface SmtpSink {
  port: number;
  url: string;
  /** Accepted messages, in order. */
  deliveries: Delivery[];
  /** Accepted only after the client had gone (it never saw the 250): not delivered, as with a real server. */
  abandoned: { to: string; messageId: string; at: number }[];
  /** Every message whose data arrived, whatever the answer: to and when. */
  dataReceived: { to: string; messageId: string; at: number }[];
  /** When each transaction began (MAIL FROM), for "no new work after the signal". */
  transactionsStarted: number[];
  /** Accepted messages per Message-ID. */
  countByMessageId(): Map<string, number>;
  stop(): Promise<void>;
}

function header(raw: string, name: string): string {
  const match = new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(raw);
  return match ? match[1]!.trim() : '';
}

/**
 * A real SMTP server in this process on 127.0.0.1 (no TLS, no auth), recording what it accepts. Behaviour
 * per message is up to the test: accept after a delay, refuse with a code, drop the connection, never answer.
 */
export async function startSmtpSink(options: SinkOptions = {}): Promise<SmtpSink> {
  const deliveries: Delivery[] = [];
  const dataReceived: SmtpSink['dataReceived'] = [];
  const abandoned: SmtpSink['abandoned'] = [];
  const transactionsStarted: number[] = [];
  const hanging = new Set<() => void>();
  // Called from the server's callbacks only, once `server` below exists.
  const socketOf = (session: SMTPServerSession) => {
    for (const c of (server as unknown as { connections: Set<{ id: string; _socket: { destroy(): void } }> }).connections) {
      if (c.id === session.id) return c._socket;
    }
    return undefined;
  };
  const server: SMTPServer = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 200,
    size: 1024 * 1024,
    onConnect(session, callback) {
      if (options.onConnect?.()) {
        socketOf(session)?.destroy();
        return;
      }
      callback();
    },
    onMailFrom(_address, _session, callback) {
      transactionsStarted.push(Date.now());
      callback();
    },
    onRcptTo(address, session, callback) {
      const verdict = options.onRcpt?.(address.address);
      if (verdict && 'drop' in verdict) {
        socketOf(session)?.destroy();
        return;
      }
      if (verdict) return callback(Object.assign(new Error(verdict.message ?? 'Refused'), { responseCode: verdict.refuse }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const to = session.envelope.rcptTo.map((r) => r.address).join(',');
        const messageId = header(raw, 'Message-ID');
        dataReceived.push({ to, messageId, at: Date.now() });
        void Promise.resolve(options.onData ? options.onData({ to, messageId, raw }) : ({ accept: true } as DataAction)).then((action) => {
          if ('hang' in action) {
            // Never answer; released (without an answer) when the sink stops.
            hanging.add(() => socketOf(session)?.destroy());
            return;
          }
          if ('drop' in action) {
            socketOf(session)?.destroy();
            return;
          }
          if ('refuse' in action) return callback(Object.assign(new Error(action.message ?? 'Refused'), { responseCode: action.refuse }));
          const accept = () => {
            // The 250 goes out now; a client that died meanwhile never gets it, so the message does not count.
            const socket = socketOf(session) as { destroyed?: boolean } | undefined;
            if (socket && !socket.destroyed) deliveries.push({ messageId, to, at: Date.now() });
            else abandoned.push({ messageId, to, at: Date.now() });
            callback();
          };
          if (action.delayMs) setTimeout(accept, action.delayMs);
          else accept();
        });
      });
    },
  });
  // A client killed mid-transaction resets its connection (ECONNRESET); the server reports that as an 'error'
  // event, which would be thrown if nobody listened. It is expected here.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    deliveries,
    abandoned,
    dataReceived,
    transactionsStarted,
    countByMessageId() {
      const counts = new Map<string, number>();
      for (const d of deliveries) counts.set(d.messageId, (counts.get(d.messageId) ?? 0) + 1);
      return counts;
    },
    async stop() {
      for (const release of hanging) release();
      for (const c of (server as unknown as { connections: Set<{ _socket: { destroy(): void } }> }).connections) c._socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
