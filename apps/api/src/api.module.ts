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
import { FrameworksModule } from '@prongsai/frameworks';
import { JobsModule, RedisModule } from '@prongsai/jobs';
import { MeasuresModule } from '@prongsai/measures';
import { OitModule } from '@prongsai/oit';
import { OrganizationsModule } from '@prongsai/organizations';
import { ProgressModule } from '@prongsai/progress';
import { RemindersModule } from '@prongsai/reminders';
import { RollupModule } from '@prongsai/rollup';
import { ScoresModule } from '@prongsai/scores';
import { SurveysModule } from '@prongsai/surveys';
import { QueueDashboardModule } from './admin/queue-dashboard.module';
import { ProgressRecomputeRequestsModule } from './jobs/queued-progress-recompute.module';
import { AuditResolver } from './audit/audit.resolver';
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
import { FrameworksResolver } from './frameworks/frameworks.resolver';
import { HealthController } from './health/health.controller';
import { MeasuresResolver } from './measures/measures.resolver';
import { OitResolver } from './oit/oit.resolver';
import { OrganizationsResolver } from './organizations/organizations.resolver';
import { ProgressResolver } from './progress/progress.resolver';
import { RemindersResolver } from './reminders/reminders.resolver';
import { RollupResolver } from './rollup/rollup.resolver';
import { ScoresResolver } from './scores/scores.resolver';
import { SurveysResolver } from './surveys/surveys.resolver';

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
        JobsModule.forRoot(),
        ProgressRecomputeRequestsModule,
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
        FrameworksModule,
        ProgressModule,
        ScoresModule,
        MeasuresModule,
        OitModule,
        SurveysModule,
        RemindersModule,
        RollupModule,
        QueueDashboardModule,
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
        FrameworksResolver,
        ScoresResolver,
        MeasuresResolver,
        OitResolver,
        SurveysResolver,
        ProgressResolver,
        AuditResolver,
        RemindersResolver,
        RollupResolver,
      ],
    };
  }
}
