/**
 * A failed send, classified by where it failed:
 * - `before-end-of-data`: the server never received a complete message, so it cannot deliver it;
 * - `after-end-of-data` with a `responseCode`: the server answered the message with a refusal;
 * - `after-end-of-data` without one: the connection failed while waiting for the answer, so the server
 *   may have the message (the outcome is unknown).
 */
export class MailSendError extends Error {
  constructor(
    message: string,
    readonly stage: 'before-end-of-data' | 'after-end-of-data',
    readonly responseCode?: number,
    /** nodemailer's error code (EENVELOPE, EMESSAGE, ECONNECTION, ETIMEDOUT, EAUTH, …) */
    readonly smtpCode?: string,
  ) {
    super(message);
    this.name = 'MailSendError';
  }

  /** The server certainly does not have the message: sending again cannot duplicate it. */
  get notDelivered(): boolean {
    return this.stage === 'before-end-of-data' || this.responseCode !== undefined;
  }

  /** A 5xx refusal (or a refused login): trying again will not help. */
  get permanent(): boolean {
    return (this.responseCode !== undefined && this.responseCode >= 500) || this.smtpCode === 'EAUTH';
  }
}
