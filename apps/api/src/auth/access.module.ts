import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthModule } from '@prongsai/auth';
import { AccessGuard } from './access.guard';
import { ActorContext } from './actor-context';

/**
 * The access wall every feature stands behind: the global AccessGuard (GraphQL operations and HTTP routes
 * alike) and the ActorContext it fills. Global so that feature modules need not import it.
 */
@Global()
@Module({
  imports: [AuthModule],
  providers: [{ provide: APP_GUARD, useClass: AccessGuard }, ActorContext],
  exports: [ActorContext],
})
export class AccessModule {}
