import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Actor, ErrorReason, Role, UnauthenticatedError } from '@prongsai/common';
import { TenantTransaction } from '@prongsai/database';
import { Membership } from './membership.entity';
import { dummyPasswordHash, verifyPassword } from './password';
import { IssuedTokens, TokenService } from './token.service';
import { User } from './user.entity';

export interface AuthResult extends IssuedTokens {
  user: User;
}

/**
 * Login, refresh and actor loading. Users is a platform table without row-level security (login reads it
 * before anyone is known); memberships has row-level security, so the actor's own memberships are read
 * through the narrow SECURITY DEFINER function `prongsai_actor_memberships` (migration 1732620000000), and
 * anyone else's in the caller's tenant context.
 */
@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    private readonly tokens: TokenService,
    private readonly tx: TenantTransaction,
  ) {}

  async login(email: string, password: string): Promise<AuthResult> {
    const user = await this.users.findOne({ where: { email: email.trim().toLowerCase() } });
    // Same error and the same argon2 work whether the user is unknown or the password wrong.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok || user.disabled)
      throw new UnauthenticatedError(ErrorReason.INVALID_CREDENTIALS, 'Invalid email or password');
    return { user, ...(await this.tokens.issue(user.id)) };
  }

  async refresh(refreshToken: string): Promise<AuthResult> {
    const { userId, tokens } = await this.tokens.rotate(refreshToken);
    const user = await this.users.findOne({ where: { id: userId } });
    if (!user || user.disabled)
      throw new UnauthenticatedError(ErrorReason.REFRESH_TOKEN_INVALID, 'Invalid or expired refresh token');
    return { user, ...tokens };
  }

  /**
   * The actor behind a verified access token; memberships are read fresh so revocations apply at once.
   * One statement (the user and its memberships together): it runs on every authenticated request.
   */
  async loadActor(userId: string): Promise<Actor> {
    const rows: {
      email: string;
      disabled: boolean;
      memberships: { role: Role; organization_id: string | null; province_code: string | null }[];
    }[] = await this.users.query(
      `SELECT u.email, u.disabled,
              COALESCE((SELECT json_agg(json_build_object('role', m.role, 'organization_id', m.organization_id,
                                                          'province_code', m.province_code) ORDER BY m.n)
                          FROM prongsai_actor_memberships(u.id) WITH ORDINALITY AS m(role, organization_id, province_code, n)),
                       '[]'::json) AS memberships
         FROM users u
        WHERE u.id = $1`,
      [userId],
    );
    const user = rows[0];
    if (!user || user.disabled)
      throw new UnauthenticatedError(ErrorReason.TOKEN_INVALID, 'Invalid or expired access token');
    return {
      userId,
      email: user.email,
      memberships: user.memberships.map((m) => ({
        role: m.role,
        organizationId: m.organization_id,
        provinceCode: m.province_code,
      })),
    };
  }

  findUser(id: string): Promise<User | null> {
    return this.users.findOne({ where: { id } });
  }

  /** As the caller may see them (row-level security): one's own, and those of the people one may see. */
  membershipsOf(userId: string): Promise<Membership[]> {
    return this.tx.run((em) => em.find(Membership, { where: { userId }, order: { createdAt: 'ASC' } }));
  }
}
