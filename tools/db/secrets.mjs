// Secrets for a local installation: taken from the environment, else from .data/secrets.json (made on first use).
// Keep that file: the ID numbers in the database are encrypted with the keys it holds.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const KEYS = ['JWT_SECRET', 'ID_ENCRYPTION_KEY', 'ID_HASH_KEY'];

export function loadSecrets(root, env = process.env) {
  const file = resolve(root, env.SECRETS_FILE ?? '.data/secrets.json');
  let stored = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8'));
  let changed = false;
  for (const k of KEYS) {
    if (!stored[k]) {
      stored[k] = randomBytes(32).toString('hex');
      changed = true;
    }
  }
  if (changed) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 });
  }
  const out = {};
  for (const k of KEYS) out[k] = env[k] || stored[k];
  return out;
}
