// Runs TypeScript sources in a plain Node process (the worker child processes of test/worker), without a
// build: each .ts file is transpiled on require with TypeScript's own transpileModule — the same
// isolated-module transpile ts-jest does, decorator metadata included — and cached on disk by content hash.
// Path aliases (@prongsai/*) resolve through tsconfig-paths.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');
const ts = require('typescript');
const tsconfigPaths = require('tsconfig-paths');

const root = path.resolve(__dirname, '../..');
const { compilerOptions } = require(path.join(root, 'tsconfig.json'));
tsconfigPaths.register({ baseUrl: root, paths: compilerOptions.paths });

const options = {
  ...ts.convertCompilerOptionsFromJson(compilerOptions, root).options,
  module: ts.ModuleKind.CommonJS,
  sourceMap: false,
  inlineSourceMap: true,
  declaration: false,
};
const cacheDir = path.join(os.tmpdir(), 'prongsai-ts-register');
fs.mkdirSync(cacheDir, { recursive: true });
const salt = `${ts.version}:${JSON.stringify(options)}`;

require.extensions['.ts'] = function compile(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const key = crypto.createHash('sha1').update(salt).update(filename).update(source).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  let output;
  try {
    output = fs.readFileSync(cached, 'utf8');
  } catch {
    output = ts.transpileModule(source, { compilerOptions: options, fileName: filename }).outputText;
    fs.writeFileSync(`${cached}.${process.pid}`, output);
    fs.renameSync(`${cached}.${process.pid}`, cached);
  }
  module._compile(output, filename);
};
