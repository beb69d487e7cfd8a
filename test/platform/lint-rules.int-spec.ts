import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Each layering rule of eslint.config.mjs fires on a deliberate violation placed where it applies, and stays
 * quiet on the clean counterpart. The probes do not exist on disk: the type-aware parser lints them through a
 * default project with the repository's compiler options, so the real config is used as CI runs it.
 */
const ROOT = join(__dirname, '../..');
const PROBE = '__lint-probe__';

interface Probe {
  /** Folder the virtual file sits in, relative to the repository. */
  folder: string;
  code: string;
  spec?: boolean;
}

interface Finding {
  rule: string | null;
  message: string;
}

// ESLint loads eslint.config.mjs with a dynamic import, which Jest's module sandbox cannot run: lint every
// probe in one plain Node process instead (one ESLint start-up for the whole file).
const RUNNER = `
const { ESLint } = require('eslint');
const probes = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const eslint = new ESLint({
  overrideConfig: {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ${JSON.stringify([
            `libs/*/src/${PROBE}.ts`,
            `libs/*/src/${PROBE}.spec.ts`,
            `libs/*/src/*/${PROBE}.ts`,
            `apps/*/src/${PROBE}.ts`,
          ])},
          defaultProject: 'tsconfig.json',
          // One virtual file per probe folder; they are a few lines each.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 32,
        },
      },
    },
  },
});
(async () => {
  const out = [];
  for (const p of probes) {
    const filePath = require('node:path').join(p.folder, p.spec ? '${PROBE}.spec.ts' : '${PROBE}.ts');
    const [result] = await eslint.lintText(p.code, { filePath });
    out.push(result.messages.map((m) => ({ rule: m.ruleId, message: m.message })));
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
`;

function lintAll(probes: Probe[]): Finding[][] {
  const child = spawnSync(process.execPath, ['-e', RUNNER], {
    cwd: ROOT,
    input: JSON.stringify(probes),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (child.status !== 0) throw new Error(`eslint runner failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as Finding[][];
}

const reexport = (...sources: string[]) => sources.map((s) => `export * from '${s}';\n`).join('');
const finding = (rule: string, message: string) => ({ rule, message: expect.stringContaining(message) });
const IMPORTS = 'no-restricted-imports';

const switchOn = (cases: string[]) =>
  [
    "type Tool = 'IIT' | 'EIT' | 'OIT';",
    'export function weight(tool: Tool): number {',
    '  switch (tool) {',
    ...cases.map((c) => `    case '${c}':\n      return 0.3;`),
    '    default:',
    '      return 0.4;',
    '  }',
    '}',
    '',
  ].join('\n');

// [name, probe, expected findings]: a violation expects its rule's message, a clean counterpart nothing.
const cases: [string, Probe, ReturnType<typeof finding>[]][] = [
  // Relative imports across libs, from libs into apps, and apps deep into libs.
  [
    'a lib reaching into another lib by a relative path',
    { folder: 'libs/scoring/src', code: reexport('../../frameworks/src/framework-definition') },
    [finding(IMPORTS, 'never by a relative path')],
  ],
  [
    'a nested lib file reaching into another lib by a relative path',
    { folder: 'libs/frameworks/src/seed', code: reexport('../../../scoring/src/grade') },
    [finding(IMPORTS, 'never by a relative path')],
  ],
  [
    'clean: a relative path inside one lib, and another lib by its alias',
    { folder: 'libs/frameworks/src/seed', code: reexport('../framework-definition', '@prongsai/scoring') },
    [],
  ],
  [
    'a lib importing from an app',
    { folder: 'libs/jobs/src', code: reexport('../../../apps/worker/src/bootstrap') },
    [finding(IMPORTS, 'Libs never import from apps')],
  ],
  [
    'an app importing a path inside a lib',
    { folder: 'apps/api/src', code: reexport('@prongsai/measures/src/measures.service') },
    [finding(IMPORTS, 'through its entry point')],
  ],
  [
    'an app importing a lib folder by baseUrl',
    { folder: 'apps/api/src', code: reexport('libs/measures/src') },
    [finding(IMPORTS, 'not by its folder')],
  ],
  [
    'an app importing a lib folder by a relative path',
    { folder: 'apps/api/src', code: reexport('../../../libs/measures/src') },
    [finding(IMPORTS, 'not by its folder')],
  ],
  [
    'clean: an app importing a lib by its alias and a declared sub-entry point',
    { folder: 'apps/api/src', code: reexport('@prongsai/measures', '@prongsai/frameworks/data') },
    [],
  ],
  // process.env only in libs/config.
  [
    'process.env read in an app',
    { folder: 'apps/api/src', code: 'export const port = process.env.PORT;\n' },
    [finding('no-restricted-properties', '@prongsai/config')],
  ],
  [
    'process.env destructured in a lib',
    { folder: 'libs/measures/src', code: 'const { env } = process;\nexport const port = env.PORT;\n' },
    [finding('no-restricted-properties', '@prongsai/config')],
  ],
  [
    'env imported from node:process in a lib',
    { folder: 'libs/measures/src', code: "export { env } from 'node:process';\n" },
    [finding(IMPORTS, '@prongsai/config')],
  ],
  [
    'clean: process.env read in libs/config',
    { folder: 'libs/config/src', code: 'export const port = process.env.PORT;\n' },
    [],
  ],
  // Pure libs: no Nest, TypeORM, clients or I/O, and only pure libs.
  ...(
    [
      ['libs/scoring/src', '@nestjs/common', 'no Nest, TypeORM'],
      ['libs/thai/src', 'typeorm', 'no Nest, TypeORM'],
      ['libs/scoring/src', 'pg', 'no Nest, TypeORM'],
      ['libs/scoring/src', 'ioredis', 'no Nest, TypeORM'],
      ['libs/common/src', 'bullmq', 'no Nest, TypeORM'],
      ['libs/thai/src', 'node:fs', 'do no I/O'],
      ['libs/scoring/src', 'child_process', 'do no I/O'],
      ['libs/frameworks/src/data', 'node:http', 'do no I/O'],
      ['libs/scoring/src', '@prongsai/frameworks', 'import only pure libs'],
      ['libs/thai/src', '@prongsai/database', 'import only pure libs'],
    ] as const
  ).map(([folder, source, message]): (typeof cases)[number] => [
    `${folder} importing ${source}`,
    { folder, code: reexport(source) },
    [finding(IMPORTS, message)],
  ]),
  [
    'clean: a pure lib importing pure libs',
    { folder: 'libs/scoring/src', code: reexport('@prongsai/common', '@prongsai/frameworks/data', 'zod') },
    [],
  ],
  [
    'clean: a spec of a pure lib reading its fixtures',
    { folder: 'libs/scoring/src', spec: true, code: reexport('node:fs') },
    [],
  ],
  [
    'a spec of a pure lib importing the Nest side of the frameworks lib',
    { folder: 'libs/scoring/src', spec: true, code: reexport('@prongsai/frameworks') },
    [finding(IMPORTS, 'import only pure libs')],
  ],
  [
    'clean: a lib that is not pure using Nest and I/O',
    { folder: 'libs/measures/src', code: reexport('@nestjs/common', 'node:fs') },
    [],
  ],
  // The web app bundles only the pure libs, and only through their aliases.
  ...(
    [
      ['@prongsai/database', ['only the pure libs']],
      ['@prongsai/measures', ['only the pure libs']],
      ['@prongsai/frameworks/data', ['only the pure libs']],
      ['../../../libs/thai/src', ['not by its folder', 'stays inside apps/web']],
      ['../../api/src/bootstrap', ['stays inside apps/web']],
    ] as const
  ).map(([source, messages]): (typeof cases)[number] => [
    `the web app importing ${source}`,
    { folder: 'apps/web/src', code: reexport(source) },
    messages.map((message) => finding(IMPORTS, message)),
  ]),
  [
    'clean: the web app importing the pure libs and its own modules',
    {
      folder: 'apps/web/src',
      code: reexport('@prongsai/thai', '@prongsai/scoring', '@prongsai/common', './lib/format'),
    },
    [],
  ],
  // switch-exhaustiveness-check.
  [
    'a switch over a union missing a case, even with a default',
    { folder: 'libs/scoring/src', code: switchOn(['IIT', 'EIT']) },
    [finding('@typescript-eslint/switch-exhaustiveness-check', 'Cases not matched: "OIT"')],
  ],
  [
    'clean: a switch handling every case',
    { folder: 'libs/scoring/src', code: switchOn(['IIT', 'EIT', 'OIT']) },
    [],
  ],
];

describe('lint rules', () => {
  let findings: Finding[][];
  beforeAll(() => {
    findings = lintAll(cases.map(([, probe]) => probe));
  });

  it.each(cases.map(([name, , expected], i) => [name, i, expected] as const))('%s', (_, i, expected) => {
    expect(findings[i]).toEqual(expected);
  });
});
