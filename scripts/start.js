#!/usr/bin/env node
// `npm start`: build if needed, migrate, seed (demo data unless NODE_ENV=production), then run the API and
// the worker together, forwarding signals so Ctrl-C / SIGTERM shut both down gracefully.
// `npm start -- api` or `-- worker` (npm run start:api / start:worker) runs one, without migrating.
const { spawn, spawnSync } = require('node:child_process');
const { ensureBuilt } = require('./build-if-needed');

const which = process.argv[2];
// The worker serves no pages: `start:worker` does not need the web app built.
ensureBuilt({ web: which !== 'worker' });

function runOnce(script) {
  const r = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!which) {
  runOnce('dist/scripts/migrate.js');
  runOnce('dist/scripts/seed.js');
}

const targets = which ? [which] : ['api', 'worker'];
const children = targets.map((name) => {
  const child = spawn(process.execPath, [`dist/apps/${name}/src/main.js`], { stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    // One part dying takes the other down: a half-running service is worse than a clear stop.
    if (!shuttingDown) {
      console.error(`${name} exited (${signal ?? code}); stopping.`);
      shutdown('SIGTERM', code ?? 1);
    }
  });
  return child;
});

let shuttingDown = false;
function shutdown(signal, exitCode = 0) {
  shuttingDown = true;
  for (const c of children) if (c.exitCode === null) c.kill(signal);
  Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.on('exit', r))))).then(
    () => process.exit(exitCode),
  );
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
