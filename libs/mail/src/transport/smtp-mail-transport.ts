import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Socket } from 'node:net';
import { Readable } from 'node:stream';
import addressparser from 'nodemailer/lib/addressparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { MailSendError } from './mail-send-error';
import { OutgoingEmail, SendHooks, SentEmail } from './outgoing-email';

const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
/** Idle connections kept for the next message; relays drop idle sessions after a minute or more. */
const MAX_IDLE = 20;
const IDLE_MS = 20_000;
const MAX_MESSAGES = 100;

interface Session {
  conn: SMTPConnection;
  messages: number;
  idleSince: number;
  broken: boolean;
  reused: boolean;
}

type TransmitResult =
  { ok: true; response: string } | { ok: false; error: MailSendError; hookReached: boolean };

interface SmtpFailure extends Error {
  code?: string;
  responseCode?: number;
}

/**
 * SMTP through nodemailer's protocol client (`SMTP_URL`, `MAIL_FROM`), one connection per message.
 *
 * nodemailer's high-level transport streams the message before the server has accepted the recipient, so it
 * cannot say "everything but the final dot is at the server now". This transport hands the message over
 * itself and holds back the end of data until `beforeEndOfData` resolves: the outbox marks a row sent in
 * that gap, which makes the window in which a crash can leave "sent" and "delivered" out of step a few
 * microseconds long (see libs/reminders/README.md).
 *
 * Connections are kept open between messages (up to MAX_MESSAGES each, idle at most IDLE_MS), as
 * nodemailer's pool does: a relay's greeting can take long (smtp-server waits 100 ms for early talkers,
 * Postfix's postscreen seconds). A connection that failed in any way is closed, never reused.
 */
@Injectable()
export class SmtpMailTransport implements OnApplicationShutdown {
  private readonly connection: SMTPConnection.Options;
  private readonly auth?: SMTPConnection.Credentials;
  private readonly from: string;
  private readonly fromAddress: string;
  private readonly idle: Session[] = [];
  private closed = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { auth, ...connection } = parseConnectionUrl(config.mail.smtpUrl);
    this.connection = { ...connection, ...TIMEOUTS, logger: false, debug: false };
    const credentials: Partial<SMTPConnection.Credentials> | undefined = auth;
    if (credentials?.user) {
      this.auth = {
        user: decodeURIComponent(credentials.user),
        pass: decodeURIComponent(credentials.pass ?? ''),
      };
    }
    this.from = config.mail.from;
    const [parsed] = addressparser(config.mail.from, { flatten: true });
    if (!parsed?.address) throw new Error(`MAIL_FROM has no address: ${config.mail.from}`);
    this.fromAddress = parsed.address;
  }

  /** The domain for Message-IDs: the sender's. */
  get messageIdDomain(): string {
    return this.fromAddress.split('@')[1] ?? 'prongsai.invalid';
  }

  async send(email: OutgoingEmail, hooks: SendHooks = {}): Promise<SentEmail> {
    const raw = await this.compose(email);
    let session = await this.acquire();
    let result = await this.transmit(session, email.to.address, raw, hooks);
    // A kept-alive connection the server has since dropped fails before anything of this message was
    // accepted: try once more on a fresh connection rather than spend a job attempt on it.
    if (!result.ok && session.reused && !result.hookReached && result.error.responseCode === undefined) {
      session = await this.acquire(false);
      result = await this.transmit(session, email.to.address, raw, hooks);
    }
    if (!result.ok) throw result.error;
    return { messageId: email.messageId, response: result.response };
  }

  /** Closes the idle connections (QUIT). Called on application shutdown. */
  close(): void {
    this.closed = true;
    for (const s of this.idle.splice(0)) s.conn.quit();
  }

  onApplicationShutdown(): void {
    this.close();
  }

  private compose(email: OutgoingEmail): Promise<Buffer> {
    const composer = new MailComposer({
      from: this.from,
      to: { name: email.to.name, address: email.to.address },
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId: `<${email.messageId}>`,
      date: new Date(),
      headers: email.headers,
    });
    return new Promise((resolve, reject) =>
      composer.compile().build((err, message) => (err ? reject(err) : resolve(message))),
    );
  }

  private async acquire(allowReuse = true): Promise<Session> {
    while (allowReuse && this.idle.length) {
      const session = this.idle.pop()!;
      if (!session.broken && Date.now() - session.idleSince < IDLE_MS) {
        session.reused = true;
        return session;
      }
      session.conn.close();
    }
    return this.open();
  }

  private release(session: Session): void {
    if (session.broken || this.closed || session.messages >= MAX_MESSAGES || this.idle.length >= MAX_IDLE) {
      session.conn.quit();
      return;
    }
    session.idleSince = Date.now();
    session.reused = false;
    this.idle.push(session);
  }

  private open(): Promise<Session> {
    return new Promise((resolve, reject) => {
      const conn = new SMTPConnection(this.connection);
      const session: Session = { conn, messages: 0, idleSince: 0, broken: false, reused: false };
      const markBroken = () => (session.broken = true);
      conn.on('error', markBroken);
      conn.on('end', markBroken);
      const fail = (err: unknown) => {
        conn.close();
        reject(this.classify(err, false));
      };
      conn.once('error', fail);
      conn.connect(() => {
        conn.removeListener('error', fail);
        // The end of data is a small write after the body: without TCP_NODELAY, Nagle's algorithm holds it
        // until the body is acknowledged, and the server delays that acknowledgement (~40 ms a message).
        (conn as unknown as { _socket?: Socket })._socket?.setNoDelay(true);
        if (!this.auth) return resolve(session);
        conn.login(this.auth, (err) => (err ? fail(err) : resolve(session)));
      });
    });
  }

  private transmit(session: Session, to: string, raw: Buffer, hooks: SendHooks): Promise<TransmitResult> {
    const { conn } = session;
    session.messages++;
    return new Promise<TransmitResult>((resolve) => {
      let settled = false;
      let hookReached = false;
      let endOfDataSent = false;

      const finish = (result: TransmitResult) => {
        if (settled) return;
        settled = true;
        conn.removeListener('error', onConnectionError);
        conn.removeListener('end', onConnectionEnd);
        if (result.ok) this.release(session);
        else {
          session.broken = true;
          conn.close();
        }
        resolve(result);
      };
      const fail = (err: unknown) =>
        finish({ ok: false, error: this.classify(err, endOfDataSent), hookReached });
      const onConnectionError = (err: unknown) => fail(err);
      const onConnectionEnd = () =>
        fail(Object.assign(new Error('SMTP connection closed'), { code: 'ECONNECTION' }));
      conn.on('error', onConnectionError);
      conn.on('end', onConnectionEnd);
      if (session.broken) return onConnectionEnd();

      let envelopeRefused = false;
      let handedOver = false;
      const message = new Readable({
        read() {
          if (!handedOver) {
            handedOver = true;
            this.push(raw);
            return;
          }
          // Called again once the message has been taken: only the end of data is left. A refused
          // envelope also drains the stream (nodemailer consumes it), and must not reach the hook.
          if (hookReached || envelopeRefused || settled) return;
          hookReached = true;
          (hooks.beforeEndOfData ? hooks.beforeEndOfData() : Promise.resolve(true)).then(
            (proceed) => {
              if (settled) return;
              if (!proceed) return fail(new Error('sending abandoned before the end of data'));
              endOfDataSent = true;
              this.push(null);
            },
            (err: unknown) => fail(err),
          );
        },
      });
      conn.send({ from: this.fromAddress, to: [to] }, message, (err, info) => {
        if (err) {
          // Synchronous in nodemailer's refused-envelope path, so it lands before the stream is read.
          envelopeRefused = true;
          return fail(err);
        }
        finish({ ok: true, response: info.response });
      });
    });
  }

  private classify(err: unknown, endOfDataSent: boolean): MailSendError {
    const e = err as SmtpFailure;
    const stage = endOfDataSent ? 'after-end-of-data' : 'before-end-of-data';
    return new MailSendError(e?.message ?? String(err), stage, e?.responseCode, e?.code);
  }
}
