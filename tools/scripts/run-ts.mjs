#!/usr/bin/env node
// Runs a TypeScript tool (database CLI, demo data, benchmarks) through SWC, keeping decorator metadata
// and the workspace path aliases. Usage: node tools/scripts/run-ts.mjs <file.ts> [args...]
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
const result = spawnSync(process.execPath, ['-r', '@swc-node/register', resolve(root, file), ...args], {
  stdio: 'inherit',
  cwd: root,
  env: {
    ...process.env,
    SWC_NODE_PROJECT: resolve(root, 'tools/tsconfig.tools.json'),
    TS_NODE_PROJECT: resolve(root, 'tools/tsconfig.tools.json'),
  },
});
process.exit(result.status ?? 1);
