import { Global, Module } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { runtimeDataSourceOptions } from './data-source-options';
import { TenantTransaction } from './tenant-transaction.service';

/**
 * The runtime connection (as the non-owner app role, so row-level security applies) plus CLS-carried
 * transactions. `mountMiddleware` is true for the HTTP app and false for the worker, which opens CLS
 * contexts itself per job.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(opts: { mountMiddleware: boolean }) {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...runtimeDataSourceOptions(config),
            autoLoadEntities: true,
          }),
        }),
        ClsModule.forRoot({
          global: true,
          middleware: { mount: opts.mountMiddleware },
          plugins: [
            new ClsPluginTransactional({
              imports: [TypeOrmModule],
              adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
            }),
          ],
        }),
      ],
      providers: [TenantTransaction],
      exports: [TenantTransaction],
    };
  }
}
