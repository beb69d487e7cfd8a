import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, AppConfigModule } from '@prongsai/config';
import { DatabaseModule } from '@prongsai/database';
import { JobsModule, RedisModule } from '@prongsai/jobs';
import { QueueDashboardModule } from './admin/queue-dashboard.module';
import { API_FEATURES, ApiFeature } from './api-features';
import { AccessModule } from './auth/access.module';
import { emailTracker, ipTracker } from './auth/login-throttler.guard';
import { DateScalar } from './graphql/date.scalar';
import { formatGraphqlError } from './graphql/format-error';
import { GraphqlGuardrails, GraphqlGuardrailsModule } from './graphql/guardrails.module';
import { executionStatusPlugin } from './graphql/execution-status.plugin';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { LoadersModule } from './graphql/loaders.module';
import { RequestLoadersFactory } from './graphql/request-loaders';
import { createValidationPipe } from './graphql/validation.pipe';
import { HealthModule } from './health/health.module';
import { DomainErrorFilter } from './http/domain-error.filter';
import { InvalidTextPipe } from './http/invalid-text.pipe';
import { ProgressRecomputeRequestsModule } from './jobs/queued-progress-recompute.module';

/**
 * The API's composition root: wiring only; behaviour lives in libs/, and each feature's resolvers,
 * controllers and loaders in its own module (`API_FEATURES`). `features` is for tests that mount test-only
 * controllers behind the same guard, pipe and error filter.
 */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, features: readonly ApiFeature[] = API_FEATURES): DynamicModule {
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
        ThrottlerModule.forRoot({
          throttlers: [
            { name: 'login-ip', ttl: 60_000, limit: config.auth.loginRateLimit * 10, getTracker: ipTracker },
            { name: 'login-email', ttl: 60_000, limit: config.auth.loginRateLimit, getTracker: emailTracker },
          ],
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [LoadersModule, GraphqlGuardrailsModule],
          inject: [RequestLoadersFactory, GraphqlGuardrails],
          useFactory: (loaders: RequestLoadersFactory, guardrails: GraphqlGuardrails) => ({
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            introspection: true,
            playground: false,
            formatError: formatGraphqlError,
            // Cost and shape limits, budget per caller, response cap: graphql/guardrails.module.ts; then the
            // status of an executed answer: 200, or 503 when the database could not be reached.
            ...guardrails.options(),
            // Apollo's cache-control plugin is on unless disabled, and wraps every field's resolver to read
            // cache hints nobody sets here: ~3 % of the API's CPU on a cached province roll-up (~600 fields).
            plugins: [
              ...guardrails.options().plugins,
              executionStatusPlugin(),
              ApolloServerPluginCacheControlDisabled(),
            ],
            preserveHttpStatusForExecutionErrors: false,
            context: ({ req }: { req: unknown }) => ({ req, loaders: loaders.create() }),
          }),
        }),
        AccessModule,
        HealthModule,
        QueueDashboardModule,
        ...features,
      ],
      providers: [
        { provide: APP_PIPE, useClass: InvalidTextPipe },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        DateScalar,
      ],
    };
  }
}
