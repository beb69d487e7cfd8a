import { Platform1732550000000 } from './1732550000000-platform';

// Migrations run in this order. Each is reviewed SQL; entities must agree with them
// (test/database/schema-drift.int-spec.ts fails otherwise).
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [Platform1732550000000];
