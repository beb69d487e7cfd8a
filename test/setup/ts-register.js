// Lets a child `node` process run the TypeScript sources directly (tests that spawn the real entry points):
// transpile-only through the TypeScript compiler, and resolve @prongsai/* aliases like tsc does.
const ts = require('typescript');
const { register } = require('tsconfig-paths');
const { compilerOptions } = require('../../tsconfig.json');

register({ baseUrl: `${__dirname}/../..`, paths: compilerOptions.paths });
require.extensions['.ts'] = function (module, filename) {
  const source = require('node:fs').readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      ...compilerOptions,
      module: ts.ModuleKind.CommonJS,
      sourceMap: false,
      inlineSourceMap: true,
    },
  });
  module._compile(outputText, filename);
};
