// Builds the web app before `npm start` when dist/web is missing or older than its
// sources, so a fresh clone needs only `npm install` and `npm start`, and a restart
// does not wait for a build that changes nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const built = 'dist/web/index.html';
const sources = ['src/web', 'vite.config.ts', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
if (builtAt === 0 || Math.max(...sources.map(newest)) > builtAt) {
  console.log('Building the web app …');
  const result = spawnSync('npm', ['run', 'build:web', '--silent'], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
