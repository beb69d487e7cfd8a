// typescript-eslint with type information: floating promises and misused promises are errors, because a
// forgotten await in a resolver or job is a silent data-loss bug.
//
// The layering rules of the style guide are checked here too, with ESLint's own no-restricted-* rules scoped
// by `files` (test/platform/lint-rules.int-spec.ts proves each one fires). A boundaries plugin would resolve
// every import to a file, but it cannot tell `@prongsai/b` (allowed) from `../../b/src/x` (not) once both
// resolve to the same file, and these rules are about how a path is written.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import { readFileSync } from 'node:fs';

// A lib's entry points are `@prongsai/<lib>` and the exact aliases tsconfig.json declares beside the wildcard
// (e.g. `@prongsai/frameworks/data`, a Nest-free part of a lib); any other path inside a lib is private.
const tsconfigPaths = JSON.parse(readFileSync(new URL('./tsconfig.json', import.meta.url), 'utf8'))
  .compilerOptions.paths;
const subEntryPoints = Object.keys(tsconfigPaths).filter((alias) => !alias.includes('*'));
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// Flat config replaces, not merges, a rule's options when a later block matches the same file, so each scope
// below lists everything that applies to it: the file-wide patterns, then its own.
const everywherePatterns = [
  {
    regex: `^(?!(${subEntryPoints.map(escapeRegex).join('|')})$)@prongsai/[^/]+/`,
    message: "Import a lib through its entry point '@prongsai/<lib>', not a path inside it.",
  },
  {
    regex: '^(libs|apps)/|^(\\.\\./)+libs/',
    message: "Import a lib as '@prongsai/<lib>', not by its folder.",
  },
];

// Only one `../` chain can leave libs/<lib>/src and come back down into another lib's src; inside one lib no
// relative path needs to name a `src` folder.
const libPatterns = [
  {
    regex: '^(\\.\\./)+[^./][^/]*/src(/|$)',
    message: "Another lib is imported as '@prongsai/<lib>', never by a relative path.",
  },
  {
    regex: '^(\\.\\./)+apps(/|$)',
    message: 'Libs never import from apps: move what both need into a lib.',
  },
];

const NODE_IO =
  'fs|net|http|https|http2|child_process|dgram|dns|tls|cluster|worker_threads|readline|inspector';
// Pure code: plain functions over plain data, so the web app and any test can run it as is. Of the other
// libs it may import only the ones that are pure themselves.
const purePatterns = [
  {
    regex: '^(@nestjs|@nestjs-cls)/|^(typeorm|pg|ioredis|bullmq|nodemailer|pino|reflect-metadata)(/|$)',
    message:
      'Pure libs (scoring, thai, common, framework data) use no Nest, TypeORM, database or queue client.',
  },
  {
    regex: '^@prongsai/(?!(common|scoring|thai|frameworks/data)$)',
    message:
      "Pure libs import only pure libs: '@prongsai/common', '@prongsai/scoring', '@prongsai/thai', '@prongsai/frameworks/data'.",
  },
];
// Their specs may read their own fixture files; the code they test may not.
const ioPatterns = [
  {
    regex: `^(node:)?(${NODE_IO})(/|$)`,
    message: 'Pure libs (scoring, thai, common, framework data) do no I/O.',
  },
];

const PROCESS_ENV_MESSAGE =
  "Read configuration through '@prongsai/config' (AppConfig), validated once at boot; process.env is read only there.";
const processEnvImports = ['process', 'node:process'].map((name) => ({
  name,
  importNames: ['env'],
  message: PROCESS_ENV_MESSAGE,
}));

const restrictedImports = (...patterns) => [
  'error',
  { paths: processEnvImports, patterns: [...everywherePatterns, ...patterns] },
];

// Pure files: whole libs, plus the data half of libs/frameworks (its Nest-free entry point).
const PURE_FILES = [
  'libs/scoring/src/**/*.ts',
  'libs/thai/src/**/*.ts',
  'libs/common/src/**/*.ts',
  'libs/frameworks/src/data/**/*.ts',
  'libs/frameworks/src/framework-definition*.ts',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/results.json', '**/*.js', '**/*.mjs'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // TypeORM raw queries and JSON columns return `any`; the boundary types them explicitly.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: true },
      ],
      // A new job name, status or tool must be handled wherever its union is switched on, default or not.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
      'no-restricted-imports': restrictedImports(),
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: PROCESS_ENV_MESSAGE },
      ],
    },
  },
  { files: ['libs/**/*.ts'], rules: { 'no-restricted-imports': restrictedImports(...libPatterns) } },
  {
    files: PURE_FILES,
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': restrictedImports(...libPatterns, ...purePatterns, ...ioPatterns) },
  },
  {
    files: PURE_FILES.map((glob) => glob.replace(/\*\.ts$/, '*.spec.ts')),
    rules: { 'no-restricted-imports': restrictedImports(...libPatterns, ...purePatterns) },
  },
  {
    // The allowed readers of process.env, and why:
    // - libs/config: the one parser of the environment.
    // - test/setup: jest's global setup hands the run id to the test workers through the environment (its
    //   only channel), the harness finds PostgreSQL and Redis from the caller's DATABASE_URL / REDIS_URL
    //   before any config exists, and child processes (worker crash tests) inherit PATH and the rest.
    // - test/platform/boot.int-spec.ts: starts the built app as a child with a deliberately bad environment.
    // - libs/thai/src/format-thai-date.spec.ts: sets TZ (the Node clock, not app configuration) to prove
    //   dates do not depend on the machine's time zone.
    // - bench: forks the API as a child process, which inherits the environment plus its own settings.
    // Plain .js files (scripts/*.js, the npm entry points that run before anything is built) are not linted.
    files: [
      'libs/config/src/**/*.ts',
      'test/setup/**/*.ts',
      'test/platform/boot.int-spec.ts',
      'libs/thai/src/format-thai-date.spec.ts',
      'bench/**/*.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
