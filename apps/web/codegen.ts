import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the committed schema (schema.gql): every `graphql(...)` call in apps/web/src gets its
 * result and variable types. `npm run codegen:web` writes apps/web/src/gql; a test runs it with --check so
 * stale generated code fails. Paths are relative to the repository root, where npm runs it.
 */
const config: CodegenConfig = {
  schema: 'schema.gql',
  // Not the tests: a test may write documents of its own against a schema of its own (apollo.test.ts).
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**', '!apps/web/src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
        strictScalars: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;
