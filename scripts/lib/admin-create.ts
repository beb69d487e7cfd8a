import { parseArgs } from 'node:util';
import { AppConfig } from '@prongsai/config';
import { InvitationsService, PeopleModule } from '@prongsai/people';
import { formatThaiDateTime } from '@prongsai/thai';
import { withCommandContext } from './command-context';
import { UsageError } from './run-script';

export const ADMIN_CREATE_USAGE =
  'usage: npm run admin:create -- --email <address> [--name "<display name>"]\n' +
  '  Emails an invitation to become an admin; the person sets their own password from its link (7 days).';

export interface AdminCreateArgs {
  email: string;
  displayName: string;
}

/** The command line, or a UsageError saying what is wrong with it. */
export function parseAdminCreateArgs(argv: readonly string[]): AdminCreateArgs {
  let values: { email?: string; name?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { email: { type: 'string' }, name: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${ADMIN_CREATE_USAGE}`);
  }
  if (!values.email) throw new UsageError(`--email is required\n${ADMIN_CREATE_USAGE}`);
  return { email: values.email, displayName: values.name ?? 'ผู้ดูแลระบบ' };
}

/**
 * Writes the ADMIN invitation and its email (InvitationsService.inviteAdmin) and says what happened. The
 * link is never printed: it is a credential, and a terminal's scroll-back or a CI log is not the place for it.
 */
export async function adminCreate(config: AppConfig, args: AdminCreateArgs): Promise<string> {
  return withCommandContext(config, [PeopleModule], async (app) => {
    const invitation = await app.get(InvitationsService).inviteAdmin(args);
    return (
      `Invitation to become an admin sent to ${invitation.email} (${invitation.displayName}); ` +
      `the link works once, until ${formatThaiDateTime(invitation.expiresAt)}. ` +
      `The worker sends the email (npm start runs it); the person sets their own password.`
    );
  });
}
