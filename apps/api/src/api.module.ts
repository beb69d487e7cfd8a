import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, AppConfigModule } from '@prongsai/config';
import { AuditModule } from '@prongsai/audit';
import { AuthModule } from '@prongsai/auth';
import { DatabaseModule } from '@prongsai/database';
import { RedisModule } from '@prongsai/jobs';
import { OrganizationsModule } from '@prongsai/organizations';
import { AccessGuard } from './auth/access.guard';
import { ActorContext } from './auth/actor-context';
import { AuthResolver, MembershipResolver } from './auth/auth.resolver';
import { emailTracker, ipTracker } from './auth/login-throttler.guard';
import { complexityPlugin } from './graphql/complexity.plugin';
import { DateScalar } from './graphql/date.scalar';
import { formatGraphqlError } from './graphql/format-error';
import { LoadersFactory } from './graphql/loaders';
import { LoadersModule } from './graphql/loaders.module';
import { createValidationPipe } from './graphql/validation.pipe';
import { HealthController } from './health/health.controller';
import { OrganizationsResolver } from './organizations/organizations.resolver';

/** The API's composition root: wiring only; behaviour lives in libs/. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (req) => req.url === '/health' },
          },
        }),
        DatabaseModule.forRoot({ mountMiddleware: true }),
        RedisModule,
        TerminusModule,
        ThrottlerModule.forRoot({
          throttlers: [
            { name: 'login-ip', ttl: 60_000, limit: config.auth.loginRateLimit * 10, getTracker: ipTracker },
            { name: 'login-email', ttl: 60_000, limit: config.auth.loginRateLimit, getTracker: emailTracker },
          ],
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [LoadersModule],
          inject: [LoadersFactory],
          useFactory: (loaders: LoadersFactory) => ({
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            introspection: true,
            playground: false,
            formatError: formatGraphqlError,
            plugins: [complexityPlugin(config.graphqlMaxComplexity)],
            context: ({ req }: { req: unknown }) => ({ req, loaders: loaders.create() }),
          }),
        }),
        AuthModule,
        OrganizationsModule,
        AuditModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        ActorContext,
        DateScalar,
        AuthResolver,
        MembershipResolver,
        OrganizationsResolver,
      ],
    };
  }
}
