import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { AppConfig, loadConfigFromProcess } from './app-config';

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Provides the validated, typed `AppConfig` (through @nestjs/config, under the key `app`).
 * main.ts validates before Nest boots so a bad environment is reported as a plain list rather than a DI
 * stack trace; tests pass their own config (fresh database, Redis prefix) instead of mutating process.env.
 */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: AppConfigModule,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          load: [() => ({ app: config ?? loadConfigFromProcess() })],
        }),
      ],
      providers: [
        {
          provide: APP_CONFIG,
          inject: [ConfigService],
          useFactory: (c: ConfigService) => c.getOrThrow<AppConfig>('app'),
        },
      ],
      exports: [APP_CONFIG],
    };
  }
}
