import { simpleParser } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';

export interface ReceivedEmail {
  envelopeTo: string[];
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  notificationId: string | undefined;
}

export type SmtpStage = 'MAIL' | 'RCPT' | 'DATA';

/** A refusal to answer with, e.g. { code: 451, message: '4.3.0 try again later' }. */
export interface SmtpRefusal {
  code: number;
  message: string;
}

/**
 * A real SMTP server (the `smtp-server` package) on a random local port. A message counts as received only
 * when its data ended with the terminating dot; a connection that drops mid-data leaves nothing, as with any
 * MTA. Tests steer it with `refuse` (answer a stage with an error) and `onReceived`.
 */
export class SmtpSink {
  readonly received: ReceivedEmail[] = [];
  refuse: ((stage: SmtpStage, recipient: string | undefined) => SmtpRefusal | null) | null = null;
  onReceived: ((email: ReceivedEmail, count: number) => void) | null = null;
  /** Delay before answering the end of data (ms): a slow relay. */
  answerDelayMs = 0;
  refusals = 0;
  private waiters: { count: number; resolve: () => void }[] = [];

  private constructor(private readonly server: SMTPServer) {}

  static async start(): Promise<SmtpSink> {
    // Assigned once the server exists; its callbacks only run after that.
    const holder: { sink?: SmtpSink } = {};
    const refusal = (stage: SmtpStage, recipient?: string) => {
      const r = holder.sink?.refuse?.(stage, recipient);
      if (!r) return null;
      holder.sink!.refusals++;
      return Object.assign(new Error(r.message), { responseCode: r.code });
    };
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      banner: 'prongsai test sink',
      disableReverseLookup: true,
      onMailFrom: (_address, _session, cb) => cb(refusal('MAIL') ?? undefined),
      onRcptTo: (address, _session, cb) => cb(refusal('RCPT', address.address) ?? undefined),
      onData: (stream: SMTPServerDataStream, session: SMTPServerSession, cb) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const refused = refusal('DATA', session.envelope.rcptTo[0]?.address);
          if (refused) return cb(refused);
          void holder.sink!.record(Buffer.concat(chunks), session).then(
            () => setTimeout(() => cb(null), holder.sink!.answerDelayMs),
            (err: Error) => cb(err),
          );
        });
      },
    });
    // A client killed mid-session (the SIGKILL fault test) resets its connection: smtp-server reports that
    // as a server 'error' event, which would otherwise crash the test process. A real MTA shrugs it off too.
    server.on('error', (err: Error & { code?: string }) => {
      if (err.code !== 'ECONNRESET' && err.code !== 'EPIPE') console.error('SMTP sink error', err);
    });
    const sink = new SmtpSink(server);
    holder.sink = sink;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return sink;
  }

  get port(): number {
    return (this.server.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** How many messages each notification id arrived in. */
  countsByNotification(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of this.received)
      counts.set(m.notificationId ?? '?', (counts.get(m.notificationId ?? '?') ?? 0) + 1);
    return counts;
  }

  waitForCount(count: number, timeoutMs = 30_000): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`SMTP sink: ${this.received.length} of ${count} messages after ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async record(raw: Buffer, session: SMTPServerSession): Promise<void> {
    const parsed = await simpleParser(raw);
    const header = parsed.headers.get('x-prongsai-notification');
    const email: ReceivedEmail = {
      envelopeTo: session.envelope.rcptTo.map((r) => r.address),
      to: parsed.to
        ? Array.isArray(parsed.to)
          ? parsed.to.map((a) => a.text).join(', ')
          : parsed.to.text
        : '',
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : '',
      messageId: parsed.messageId ?? '',
      notificationId: typeof header === 'string' ? header : undefined,
    };
    this.received.push(email);
    this.onReceived?.(email, this.received.length);
    this.waiters = this.waiters.filter((w) => {
      if (this.received.length < w.count) return true;
      w.resolve();
      return false;
    });
  }
}
