import { ReceivedEmail, SmtpSink } from '../setup/smtp-sink';
import { GqlResponse, TestApp } from '../setup/test-app';

/** A password the rules accept (≥ 10 characters, not an email, zxcvbn score ≥ 3). */
export const NEW_PASSWORD = 'ช้างเผือก-อยุธยา-2567';

export const INVITE = `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id email role expiresAt
  organization { code } invitedBy { email } } }`;
export const ACCEPT = `mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) {
  accessToken refreshToken user { email displayName memberships { role organization { code } } } } }`;
export const REQUEST_RESET = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
export const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { accessToken refreshToken } }`;
export const REFRESH = `mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken } }`;

/** The token of the link to `path` (invitations / reset-password) in an email, from its text part. */
export function linkToken(email: ReceivedEmail, path: 'invitations' | 'reset-password'): string {
  const match = new RegExp(`http://prongsai\\.test/${path}/([A-Za-z0-9_-]+)`).exec(email.text);
  if (!match) throw new Error(`no ${path} link in: ${email.text}`);
  expect(email.html).toContain(`http://prongsai.test/${path}/${match[1]}`);
  return match[1];
}

export async function mailTo(sink: SmtpSink, address: string, count = 1): Promise<ReceivedEmail[]> {
  const started = Date.now();
  for (;;) {
    const mails = sink.received.filter((m) => m.envelopeTo.includes(address));
    if (mails.length >= count) return mails;
    if (Date.now() - started > 30_000) throw new Error(`no mail to ${address} after 30 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function codes(res: GqlResponse): (string | undefined)[] | undefined {
  return res.errors?.map((e) => e.extensions?.code);
}

export async function invite(t: TestApp, token: string, input: Record<string, unknown>) {
  return t.gql(INVITE, { i: input }, token);
}
