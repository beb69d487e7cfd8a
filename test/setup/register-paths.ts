// globalSetup/globalTeardown run outside Jest's module system, where moduleNameMapper does not apply:
// resolve the @prongsai/* path aliases the same way the compiler does.
import { register } from 'tsconfig-paths';
import { compilerOptions } from '../../tsconfig.json';

register({ baseUrl: `${__dirname}/../..`, paths: compilerOptions.paths });
