#!/usr/bin/env node
// `npm test`: every unit and integration test in one Jest run, against real PostgreSQL
// (DATABASE_URL, or an embedded server started by the Jest global setup). Prints `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = resolve(root, 'tmp/jest-results.json');
mkdirSync(dirname(out), { recursive: true });
if (existsSync(out)) rmSync(out);
const args = [
  resolve(root, 'node_modules/jest/bin/jest.js'),
  '--ci',
  '--maxWorkers=2',
  // a worker that has grown past this after a test file is replaced (Angular suites under jsdom keep memory)
  '--workerIdleMemoryLimit=1536MB',
  '--json',
  `--outputFile=${out}`,
  ...process.argv.slice(2),
];
const r = spawnSync(process.execPath, args, {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096' },
});
if (existsSync(out)) {
  const j = JSON.parse(readFileSync(out, 'utf8'));
  console.log(`unit+integration: ${j.numPassedTests} passed, ${j.numFailedTests} failed`);
}
process.exit(r.status ?? 1);
