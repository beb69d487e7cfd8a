export * from './import-limits';
export * from './imports.module';
export * from './measures-import.service';
export * from './measures-sheet';
export * from './measures-template';
export * from './sheet-table';
export * from './xlsx-zip-guard';
