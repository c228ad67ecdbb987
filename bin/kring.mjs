#!/usr/bin/env node
// Launcher for the `kring` command. Kring runs its TypeScript directly on Node's type
// stripping, which needs Node >= 22.18 without flags. On an older system Node (the
// build machines have Node 20), run the same command on the Node pinned in package.json
// (the `node` npm package), forwarding signals so graceful shutdown still works.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
const modern = major > 22 || (major === 22 && minor >= 18);

if (modern) {
  await import('../src/server/cli.ts');
} else {
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  const pinned = join(root, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(pinned)) {
    console.error(
      `Kring needs Node.js 22.18 or newer; this is ${process.version}. Run npm install first.`,
    );
    process.exit(1);
  }
  const child = spawn(pinned, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
