import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The web app's GraphQL types (apps/web/src/gql, committed) are generated from schema.gql: when either the
 * schema or an operation changed without `npm run codegen:web`, this fails, as does a document the schema
 * no longer validates.
 */
describe('the web app’s generated GraphQL types', () => {
  it('are current with schema.gql and the operations in apps/web/src', () => {
    const root = join(__dirname, '../..');
    const run = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'),
        '--config',
        'apps/web/codegen.ts',
        '--check',
      ],
      { cwd: root, encoding: 'utf8', timeout: 120_000 },
    );
    expect({ status: run.status, output: run.status === 0 ? '' : `${run.stdout}\n${run.stderr}` }).toEqual({
      status: 0,
      output: '',
    });
  });
});
