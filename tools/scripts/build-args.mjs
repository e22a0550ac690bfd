// The one build of everything `npm start`, `npm run e2e` and CI run: the API and the three web apps, production.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const APPS = ['api', 'console', 'grid', 'portal'];

/** Arguments for `node` that run the Nx production build of every app (cached by Nx after the first time). */
export function buildArgs(root) {
  const pkg = resolve(root, 'node_modules/nx/package.json');
  const nx = resolve(dirname(pkg), JSON.parse(readFileSync(pkg, 'utf8')).bin.nx);
  return [nx, 'run-many', '-t', 'build', '-p', ...APPS, '--configuration=production', '--output-style=static'];
}
