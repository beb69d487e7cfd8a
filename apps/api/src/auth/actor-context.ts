import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { Actor, ErrorReason, UnauthenticatedError } from '@prongsai/common';
import { TENANT_CONTEXT_KEY, TenantContext } from '@prongsai/database';

export const ACTOR_KEY = 'prongsai.actor';

/** The authenticated actor of the current request, set by the guard into CLS. */
@Injectable()
export class ActorContext {
  constructor(private readonly cls: ClsService) {}

  get actor(): Actor {
    const actor = this.cls.get<Actor | undefined>(ACTOR_KEY);
    if (!actor) throw new UnauthenticatedError(ErrorReason.UNAUTHENTICATED);
    return actor;
  }

  /** After login/refresh the rest of the response (memberships, organizations) is read as that user. */
  assume(actor: Actor): void {
    this.cls.set(ACTOR_KEY, actor);
    this.cls.set<TenantContext>(TENANT_CONTEXT_KEY, { kind: 'user', userId: actor.userId });
  }
}
