import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@prongsai/config';
import { FILE_STORAGE } from './file-storage';
import { LocalDiskStorage } from './local-disk-storage';

/** Provides `FILE_STORAGE`: local disk under STORAGE_DIR (the only implementation shipped; see README). */
@Global()
@Module({
  providers: [
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalDiskStorage(config.storage.dir),
    },
  ],
  exports: [FILE_STORAGE],
})
export class StorageModule {}
