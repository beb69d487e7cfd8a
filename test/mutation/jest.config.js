// The jest configuration Stryker runs: the `unit` project of the root jest.config.js only. Mutation testing
// covers the pure core, whose specs sit beside the code; the integration suites (real PostgreSQL and Redis,
// minutes per run) would make every mutant cost a database and prove nothing more about pure functions.
const root = require('../../jest.config.js');

const unit = root.projects.find((p) => p.displayName === 'unit');
if (!unit) throw new Error('jest.config.js has no "unit" project');

module.exports = { ...unit, displayName: undefined, testTimeout: 10000 };
