import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@prongsai/config';
import { ApiModule } from './api.module';
import { API_FEATURES, ApiFeature } from './api-features';
import { graphqlHttpGate } from './graphql/graphql-http-gate';
import { serveWebApp } from './web/serve-web-app';

/**
 * Builds the HTTP app (used by main.ts and by the e2e tests, so both run the same wiring). Tests may add
 * test-only features to `features`.
 */
export async function createApiApp(
  config: AppConfig,
  features: readonly ApiFeature[] = API_FEATURES,
  options: { webAppDir?: string } = {},
): Promise<INestApplication> {
  const app = await NestFactory.create(ApiModule.forRoot(config, features), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // No ETag on the API's answers: Express would hash every GraphQL answer (SHA-1 of ~50 KB per roll-up)
  // for a header no POST is ever revalidated with. The web app's static files keep theirs (express.static).
  app.getHttpAdapter().getInstance().set('etag', false);
  app.enableCors({
    origin: config.http.corsOrigins === '*' ? true : config.http.corsOrigins,
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight'],
    maxAge: 600,
  });
  // The browser session's refresh token arrives as a cookie (`/session`); nothing else reads cookies.
  app.use(cookieParser());
  // /graphql's own content type, body size and JSON checks, answered in GraphQL's error shape.
  app.use('/graphql', graphqlHttpGate());
  serveWebApp(app, options.webAppDir);
  app.enableShutdownHooks();
  return app;
}
