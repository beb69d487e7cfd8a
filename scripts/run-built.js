#!/usr/bin/env node
// Runs a compiled script from dist/, building first when the sources are newer than the build.
const { ensureBuilt } = require('./build-if-needed');
const { spawnSync } = require('node:child_process');

ensureBuilt({ web: false });
const [target, ...args] = process.argv.slice(2);
const r = spawnSync(process.execPath, [target, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
