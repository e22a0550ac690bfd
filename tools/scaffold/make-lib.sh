#!/usr/bin/env bash
# usage: make-lib.sh <dir> <name> <alias> <tags-csv> <platform: server|web|shared>
set -e
dir=$1; name=$2; alias=$3; tags=$4; platform=$5
mkdir -p "$dir/src/lib"
tagsjson=$(echo "$tags" | awk -F, '{for(i=1;i<=NF;i++){printf "%s\"%s\"", (i>1?", ":""), $i}}')
rel=$(realpath --relative-to="$dir" .)
if [ "$platform" = web ]; then env=jsdom; else env=node; fi
cat > "$dir/project.json" <<J
{
  "name": "$name",
  "\$schema": "$rel/node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "$dir/src",
  "projectType": "library",
  "tags": [$tagsjson],
  "targets": {
    "lint": { "executor": "@nx/eslint:lint", "options": { "lintFilePatterns": ["$dir/src"], "maxWarnings": 0 } },
    "typecheck": { "executor": "nx:run-commands", "options": { "command": "tsc -p $dir/tsconfig.lib.json --noEmit && tsc -p $dir/tsconfig.spec.json --noEmit" } },
    "test": { "executor": "@nx/jest:jest", "options": { "jestConfig": "$dir/jest.config.ts", "passWithNoTests": false } }
  }
}
J
cat > "$dir/tsconfig.json" <<J
{
  "extends": "$rel/tsconfig.base.json",
  "files": [],
  "include": [],
  "references": [{ "path": "./tsconfig.lib.json" }, { "path": "./tsconfig.spec.json" }]
}
J
if [ "$platform" = web ]; then
cat > "$dir/tsconfig.lib.json" <<J
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "$rel/dist/out-tsc", "types": [], "lib": ["es2022", "dom"] },
  "include": ["src/**/*.ts"],
  "exclude": ["src/**/*.spec.ts", "src/test-setup.ts", "jest.config.ts"]
}
J
cat > "$dir/tsconfig.spec.json" <<J
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "$rel/dist/out-tsc", "types": ["jest", "node"], "lib": ["es2022", "dom"] },
  "include": ["src/**/*.spec.ts", "src/test-setup.ts", "src/**/*.d.ts"]
}
J
cat > "$dir/jest.config.ts" <<J
export default {
  displayName: '$name',
  preset: '$rel/jest.preset.web.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '$rel/coverage/$dir',
};
J
cat > "$dir/src/test-setup.ts" <<J
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv();
J
else
cat > "$dir/tsconfig.lib.json" <<J
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "$rel/dist/out-tsc", "types": ["node"] },
  "include": ["src/**/*.ts"],
  "exclude": ["src/**/*.spec.ts", "src/**/*.integration-spec.ts", "jest.config.ts"]
}
J
cat > "$dir/tsconfig.spec.json" <<J
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "$rel/dist/out-tsc", "types": ["jest", "node"] },
  "include": ["src/**/*.spec.ts", "src/**/*.integration-spec.ts", "src/**/*.d.ts", "src/testing.ts"]
}
J
cat > "$dir/jest.config.ts" <<J
export default {
  displayName: '$name',
  preset: '$rel/jest.preset.server.js',
  coverageDirectory: '$rel/coverage/$dir',
};
J
fi
[ -f "$dir/src/index.ts" ] || echo "export {};" > "$dir/src/index.ts"
# register alias
node -e "
const fs=require('fs');const p='tsconfig.base.json';const j=JSON.parse(fs.readFileSync(p));
j.compilerOptions.paths=j.compilerOptions.paths||{};j.compilerOptions.paths['$alias']=['$dir/src/index.ts'];
const s={};Object.keys(j.compilerOptions.paths).sort().forEach(k=>s[k]=j.compilerOptions.paths[k]);j.compilerOptions.paths=s;
fs.writeFileSync(p, JSON.stringify(j,null,2)+'\n');"
# the repository's formatting (CI checks it)
npx prettier --write "$dir" tsconfig.base.json >/dev/null
