import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { ClsService } from 'nestjs-cls';
import { AccessService, AuthService, TokenService } from '@prongsai/auth';
import { BadInputError, ErrorReason, ForbiddenError, isUuid, UnauthenticatedError } from '@prongsai/common';
import { TENANT_CONTEXT_KEY, TenantContext } from '@prongsai/database';
import { ACCESS_POLICY, AccessPolicy } from './access-policy.decorator';
import { ACTOR_KEY } from './actor-context';

function argAt(args: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      args,
    );
}

interface HttpRequest {
  headers: Record<string, string>;
  /** Express's route params (absent on a GraphQL context's request). */
  params?: Record<string, string>;
}

/**
 * The global guard: authenticates the bearer token, puts the actor and its row-level-security context into
 * CLS, and enforces the handler's declared access policy, for GraphQL operations (policy args are GraphQL
 * arguments) and HTTP routes (policy args are route params) alike. No policy → refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly auth: AuthService,
    private readonly access: AccessService,
    private readonly cls: ClsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no access policy: refused`,
      );
      throw new ForbiddenError(ErrorReason.NO_ACCESS_POLICY);
    }
    if (policy.kind === 'public') return true;

    const isGraphql = context.getType<GqlContextType>() === 'graphql';
    const req = isGraphql
      ? GqlExecutionContext.create(context).getContext<{ req: HttpRequest }>().req
      : context.switchToHttp().getRequest<HttpRequest>();
    const header = req?.headers?.authorization ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match) throw new UnauthenticatedError(ErrorReason.UNAUTHENTICATED);
    const { userId, sessionId } = await this.tokens.verifyAccessSignature(match[1].trim());
    // The session check (Redis) and the actor (PostgreSQL) side by side: one wait instead of two on every
    // request. An ended session wins over anything the actor's read says.
    const [session, loaded] = await Promise.allSettled([
      this.tokens.assertSessionActive(sessionId),
      this.auth.loadActor(userId),
    ]);
    if (session.status === 'rejected') throw session.reason;
    if (loaded.status === 'rejected') throw loaded.reason;
    const actor = loaded.value;
    this.cls.set(ACTOR_KEY, actor);
    this.cls.set<TenantContext>(TENANT_CONTEXT_KEY, { kind: 'user', userId });

    // On HTTP routes a policy names a route param: the path identifies the resource, and the handler reads
    // that same param. The query string and the body do not count (a `?organizationId=` beside the path
    // could otherwise be checked while the path's id is used).
    const args = isGraphql
      ? GqlExecutionContext.create(context).getArgs<Record<string, unknown>>()
      : (req.params ?? {});
    switch (policy.kind) {
      case 'authenticated':
      case 'resource':
        return true;
      case 'roles':
        if (!actor.memberships.some((m) => policy.roles.includes(m.role))) {
          throw new ForbiddenError(
            ErrorReason.ROLE_REQUIRED,
            `Needs one of the roles ${policy.roles.join(', ')}`,
            policy.roles,
          );
        }
        return true;
      case 'province': {
        const code = argAt(args, policy.arg);
        if (typeof code !== 'string' || !/^\d{2}$/.test(code)) {
          throw new BadInputError(
            policy.arg.split('.').pop()!,
            ErrorReason.INVALID_PROVINCE_CODE,
            'must be a 2-digit province code',
          );
        }
        this.access.assertProvince(actor, code);
        return true;
      }
      case 'organization': {
        const id = argAt(args, policy.arg);
        if (!isUuid(id)) {
          throw new BadInputError(
            policy.arg.split('.').pop()!,
            ErrorReason.INVALID_ID,
            'must be a valid organization ID',
          );
        }
        await this.access.assertOrganization(actor, id, policy.level);
        return true;
      }
    }
  }
}
