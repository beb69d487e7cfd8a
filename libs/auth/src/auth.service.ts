import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Actor, ErrorReason, UnauthenticatedError } from '@prongsai/common';
import { Membership } from './membership.entity';
import { dummyPasswordHash, verifyPassword } from './password';
import { IssuedTokens, TokenService } from './token.service';
import { User } from './user.entity';

export interface AuthResult extends IssuedTokens {
  user: User;
}

/**
 * Login, refresh and actor loading. Users and memberships are platform tables without row-level security:
 * login must read them before anyone is known.
 */
@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    private readonly tokens: TokenService,
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

  /** The actor behind a verified access token; memberships are read fresh so revocations apply at once. */
  async loadActor(userId: string): Promise<Actor> {
    const user = await this.users.findOne({ where: { id: userId } });
    if (!user || user.disabled)
      throw new UnauthenticatedError(ErrorReason.TOKEN_INVALID, 'Invalid or expired access token');
    const memberships = await this.memberships.find({ where: { userId }, order: { createdAt: 'ASC' } });
    return {
      userId,
      email: user.email,
      memberships: memberships.map((m) => ({
        role: m.role,
        organizationId: m.organizationId,
        provinceCode: m.provinceCode,
      })),
    };
  }

  findUser(id: string): Promise<User | null> {
    return this.users.findOne({ where: { id } });
  }

  membershipsOf(userId: string): Promise<Membership[]> {
    return this.memberships.find({ where: { userId }, order: { createdAt: 'ASC' } });
  }
}
