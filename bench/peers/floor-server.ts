import { createServer } from 'node:http';
import { Pool } from 'pg';

/**
 * The floor of the bench's peers (issue 17): plain `http` and `pg`, nothing else, serving the API's own
 * roll-up statement as the API's TenantTransaction runs it — BEGIN, the row-level-security context of the
 * user in `x-user-id`, the statement, COMMIT — and answering its one row as JSON. Whatever a GraphQL server
 * adds on top of this (parsing, validation, the response's shape, our actor look-up) is what the ratio to
 * it measures. A child process of the bench (bench/scenarios/peers.ts), on the product's Node.
 *
 * argv: <runtime role's connection string> <port> <JSON { query, parameters }>
 */
const [url, port, statementJson] = process.argv.slice(2);
const statement = JSON.parse(statementJson) as { query: string; parameters: unknown[] };
const pool = new Pool({ connectionString: url, max: 16 });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const server = createServer((req, res) => {
  const header = req.headers['x-user-id'];
  const userId = typeof header === 'string' && UUID.test(header) ? header : '';
  req.resume();
  req.on('end', () => {
    void (async () => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(
          `SELECT set_config('prongsai.user_id', $1, true), set_config('prongsai.system', 'off', true)`,
          [userId],
        );
        const { rows } = await client.query(statement.query, statement.parameters);
        await client.query('COMMIT');
        const body = JSON.stringify({ data: rows[0] });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: (e as Error).message }] }));
      } finally {
        client.release();
      }
    })();
  });
});
server.listen(Number(port), '127.0.0.1', () => process.send?.({ type: 'ready' }));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
