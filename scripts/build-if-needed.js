// `npm start` must work on a fresh clone and after a pull: rebuild what is older than its sources — the
// server (dist/) and the web app (apps/web/dist) — and nothing else.
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..');
const SKIP = new Set(['node_modules', 'dist', 'coverage']);

const TARGETS = [
  {
    name: 'server',
    script: 'build',
    stamp: join(root, 'dist', 'apps', 'api', 'src', 'main.js'),
    sources: ['apps/api', 'apps/worker', 'libs', 'scripts', 'bench', 'tsconfig.json', 'tsconfig.build.json'],
    extensions: /\.(ts|json)$/,
  },
  {
    name: 'web app',
    script: 'build:web',
    stamp: join(root, 'apps', 'web', 'dist', 'index.html'),
    // The web app bundles the pure libs it imports, so their changes rebuild it too.
    sources: ['apps/web', 'libs/thai', 'libs/scoring', 'libs/common', 'schema.gql', 'package-lock.json'],
    extensions: /\.(ts|tsx|json|css|html|svg|gql|graphql)$/,
  },
];

function newestMtime(path, extensions) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const p = join(path, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p, extensions));
    else if (extensions.test(entry.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * `web: false` for scripts that only need the server (migrations, the bench, the schema); `server: false`
 * for the browser tests, which run the server from its sources (ts-jest) but serve the built web app.
 */
function ensureBuilt({ web = true, server = true } = {}) {
  for (const target of TARGETS) {
    if (target.script === 'build' && !server) continue;
    if (target.script === 'build:web' && (!web || !existsSync(join(root, 'apps', 'web', 'index.html'))))
      continue;
    const built = existsSync(target.stamp) ? statSync(target.stamp).mtimeMs : 0;
    const sources = Math.max(...target.sources.map((s) => newestMtime(join(root, s), target.extensions)));
    if (built >= sources) continue;
    console.log(`Building the ${target.name} (sources changed since the last build)…`);
    const r = spawnSync('npm', ['run', '--silent', target.script], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

module.exports = { ensureBuilt };
