export interface EmailAddress {
  name: string;
  address: string;
}

/** One message to one recipient, as the transport sends it (text and HTML as multipart/alternative). */
export interface OutgoingEmail {
  to: EmailAddress;
  subject: string;
  text: string;
  html: string;
  /** The Message-ID without angle brackets, e.g. `<uuid>@prongsai.example`; stable across retries. */
  messageId: string;
  headers?: Record<string, string>;
}

export interface SendHooks {
  /**
   * Runs once the server has accepted the sender, the recipient and the DATA command and has been handed
   * the whole message except the terminating `<CRLF>.<CRLF>`: the last moment before the server can take
   * the message. Resolve `true` to finish the message; `false` (or a rejection) drops the connection
   * instead, and an SMTP server discards a message whose data never ended.
   */
  beforeEndOfData?: () => Promise<boolean>;
}

export interface SentEmail {
  messageId: string;
  /** The server's reply to the end of data, e.g. `250 2.0.0 Ok: queued as …`. */
  response: string;
}
