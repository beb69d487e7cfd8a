// PostGraphile 5, the bench's peer (issue 17): the province roll-up as `provinceRollup(provinceCode,
// fiscalYear): JSON`, a SQL function in the schema `bench_peer` that runs the API's own roll-up statement
// (installed by bench/scenarios/peers.ts). Each request runs as the runtime role with the supervisor's
// context, as the API's TenantTransaction sets it: `pgSettings` → role prongsai_app and prongsai.user_id, so
// row-level security answers alike. Run by the bench under Node 22 (PostGraphile 5 needs it), from the
// bench's own install (.cache/bench-peers); never a dependency of the product.
//
// argv: <connection string of the owner> <port>; the user id comes in the `x-user-id` header.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const [connectionString, port] = process.argv.slice(2);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString, schemas: ['bench_peer'], poolConfig: { max: 16 } })],
  grafast: {
    explain: false,
    context(requestContext) {
      const header = requestContext.node?.req?.headers['x-user-id'];
      const userId = typeof header === 'string' && UUID.test(header) ? header : '';
      return {
        pgSettings: { role: 'prongsai_app', 'prongsai.user_id': userId, 'prongsai.system': 'off' },
      };
    },
  },
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false, maxRequestLength: 100_000 },
  gather: { installWatchFixtures: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server).then(
  () =>
    server.listen(Number(port), '127.0.0.1', () => {
      process.send?.({ type: 'ready' });
      console.log(`postgraphile peer on ${port}`);
    }),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
process.on('SIGTERM', () => server.close(() => pgl.release().then(() => process.exit(0))));
