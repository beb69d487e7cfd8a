// Mutation testing of the pure core (`npm run test:mutation`; not part of `npm test`).
//
// Stryker changes one thing at a time in the files below (a `<` into `<=`, a `- 1` into `+ 1`, a string into
// "") and runs the unit specs that cover that line; a change no spec notices is a "survivor": a hole in the
// tests. Two groups, with their own targets (issue 18):
//   core    — scoring, Thai dates, roll-up assembly, progress, measure transitions, reminder windows: ≥ 95 %
//   round 2 — the Buddhist-era date parsers, import row parsing, framework validation, report models: ≥ 90 %
//             (the date parsers, libs/thai/src/parse-thai-*.ts, sit in libs/thai and are matched by the core's glob;
//             their score is read with round 2's)
// `npm run test:mutation -- --mutate <glob>` runs one file; `npm run test:mutation:incremental` re-tests only
// what changed since the last run (reports/stryker-incremental.json, git-ignored: it is a local cache).
// An equivalent mutant is marked in the source with `// Stryker disable next-line <mutator>: <why>`.

/** @type {string[]} */
export const core = [
  'libs/scoring/src/**/*.ts',
  'libs/thai/src/**/*.ts',
  'libs/rollup/src/assemble-rollup.ts',
  'libs/progress/src/progress-calculator.ts',
  'libs/measures/src/measure-transitions.ts',
  'libs/reminders/src/reminder-occurrence.ts',
];

/** @type {string[]} */
export const roundTwo = [
  'libs/imports/src/measures-sheet.ts',
  'libs/frameworks/src/framework-definition.ts',
  'libs/frameworks/src/files/framework-file.ts',
  'libs/reports/src/measures-report.ts',
];

const group = process.env.MUTATION_GROUP; // "core" | "round2" | unset (both)
const files = group === 'core' ? core : group === 'round2' ? roundTwo : [...core, ...roundTwo];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'test/mutation/jest.config.js', enableFindRelatedTests: true },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.stryker.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [...files, '!**/*.spec.ts', '!**/index.ts'],
  // Only the specs of the pure core run, and only those that cover the mutant.
  coverageAnalysis: 'perTest',
  // Two cores on CI and here: one Stryker worker per core.
  concurrency: 2,
  timeoutMS: 10000,
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incrementalFile: 'reports/stryker-incremental.json',
  // The sandbox copy needs the libs, their specs and the configs, not builds, documents or the web app.
  ignorePatterns: [
    '/dist',
    '/var',
    '/apps/web',
    '/docs',
    '/reports',
    '/coverage',
    '/bench',
    '/test/**/*-spec.ts',
  ],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
