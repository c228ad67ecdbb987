import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway PostgreSQL cluster on a free loopback port, as .ci/run makes one. */
export async function startCluster(): Promise<{ url: string; stop(): Promise<void> }> {
  const versies = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
  const bin = `/usr/lib/postgresql/${versies.at(-1)}/bin`;
  const dir = mkdtempSync(join(tmpdir(), 'kring-bench-pg-'));
  chmodSync(dir, 0o755);
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  chownSync(dir, uid, gid);
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
  const alsPostgres = (cmd: string) => {
    const r = spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', cmd], { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`failed: ${cmd}`);
  };
  alsPostgres(`${bin}/initdb -D '${dir}/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8`);
  alsPostgres(
    `${bin}/pg_ctl -D '${dir}/data' -l '${dir}/log' -w -o "-p ${port} -k '${dir}' -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=512MB -c max_connections=50" start`,
  );
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        alsPostgres(`${bin}/pg_ctl -D '${dir}/data' -m fast stop`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
