import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { ClsService } from 'nestjs-cls';
import { AccessService, AuthService, TokenService } from '@prongsai/auth';
import { BadInputError, ForbiddenError, isUuid, UnauthenticatedError } from '@prongsai/common';
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

/**
 * The global guard: authenticates the bearer token, puts the actor and its row-level-security context into
 * CLS, and enforces the handler's declared access policy. No policy → refused.
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
      throw new ForbiddenError();
    }
    if (policy.kind === 'public') return true;

    const isGraphql = context.getType<GqlContextType>() === 'graphql';
    const req = isGraphql
      ? GqlExecutionContext.create(context).getContext<{ req: { headers: Record<string, string> } }>().req
      : context.switchToHttp().getRequest<{ headers: Record<string, string> }>();
    const header = req?.headers?.authorization ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match) throw new UnauthenticatedError();
    const userId = await this.tokens.verifyAccess(match[1].trim());
    const actor = await this.auth.loadActor(userId);
    this.cls.set(ACTOR_KEY, actor);
    this.cls.set<TenantContext>(TENANT_CONTEXT_KEY, { kind: 'user', userId });

    const args = isGraphql ? GqlExecutionContext.create(context).getArgs<Record<string, unknown>>() : {};
    switch (policy.kind) {
      case 'authenticated':
      case 'resource':
        return true;
      case 'roles':
        if (!actor.memberships.some((m) => policy.roles.includes(m.role))) throw new ForbiddenError();
        return true;
      case 'province': {
        const code = argAt(args, policy.arg);
        if (typeof code !== 'string' || !/^\d{2}$/.test(code)) {
          throw new BadInputError(policy.arg.split('.').pop()!, 'must be a 2-digit province code');
        }
        this.access.assertProvince(actor, code);
        return true;
      }
      case 'organization': {
        const id = argAt(args, policy.arg);
        if (!isUuid(id))
          throw new BadInputError(policy.arg.split('.').pop()!, 'must be a valid organization ID');
        await this.access.assertOrganization(actor, id, policy.level);
        return true;
      }
    }
  }
}
