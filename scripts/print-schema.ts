/**
 * Writes the served GraphQL schema to schema.gql (committed: the web client generates its types from it,
 * and test/platform/schema.e2e-spec.ts fails when it is stale). Boots the API module without listening.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { ApiModule } from '../apps/api/src/api.module';
import { runScript } from './lib/run-script';

runScript('schema:print', async (config) => {
  const app = await NestFactory.create(ApiModule.forRoot({ ...config, logLevel: 'silent' }), {
    logger: false,
    // Otherwise Nest exits on a wiring error without a word (the logger is off): let runScript report it.
    abortOnError: false,
  });
  await app.init();
  const sdl = printSchema(app.get(GraphQLSchemaHost).schema);
  await app.close();
  const target = join(__dirname, '..', '..', 'schema.gql');
  writeFileSync(target, sdl);
  console.log(`Wrote ${target}`);
});
