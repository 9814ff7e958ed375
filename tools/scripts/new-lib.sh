#!/usr/bin/env bash
# Scaffold a TypeScript library the way this workspace lays them out.
# usage: tools/scripts/new-lib.sh libs/api/ingestion api-ingestion "scope:api,type:feature" node|jsdom|angular
set -euo pipefail
dir=$1 name=$2 tags=$3 env=${4:-node}
depth=$(echo "$dir" | awk -F/ '{print NF}')
up=$(printf '../%.0s' $(seq 1 "$depth"))
mkdir -p "$dir/src/lib"
tag_json=$(echo "$tags" | sed 's/\([^,]*\)/"\1"/g')
cat > "$dir/project.json" <<JSON
{
  "name": "$name",
  "\$schema": "${up}node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "$dir/src",
  "projectType": "library",
  "tags": [$tag_json],
  "targets": {
    "typecheck": {
      "executor": "nx:run-commands",
      "options": { "command": "tsc -p $dir/tsconfig.lib.json --noEmit && tsc -p $dir/tsconfig.spec.json --noEmit" }
    },
    "lint": { "executor": "@nx/eslint:lint" },
    "test": {
      "executor": "@nx/jest:jest",
      "outputs": ["{workspaceRoot}/coverage/{projectRoot}"],
      "options": { "jestConfig": "$dir/jest.config.ts", "passWithNoTests": false }
    }
  }
}
JSON
# Angular libraries: decorators without metadata (no reflect-metadata in the browser).
if [ "$env" = angular ]; then extra=', "compilerOptions": { "emitDecoratorMetadata": false }'; else extra=''; fi
cat > "$dir/tsconfig.json" <<JSON
{
  "extends": "${up}tsconfig.base.json",
  "files": [],
  "include": [],
  "references": [{ "path": "./tsconfig.lib.json" }, { "path": "./tsconfig.spec.json" }]$extra
}
JSON
if [ "$env" = angular ]; then types='"node"'; else types='"node"'; fi
cat > "$dir/tsconfig.lib.json" <<JSON
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "${up}dist/out-tsc", "types": [$types] },
  "include": ["src/**/*.ts"],
  "exclude": ["src/test-setup.ts", "src/**/*.spec.ts", "src/**/*.integration-spec.ts", "jest.config.ts"]
}
JSON
# Specs compile the way Jest runs them: bundler-style for Angular, node16 for Node.
if [ "$env" = angular ]; then module=preserve resolution=bundler; else module=node16 resolution=node16; fi
cat > "$dir/tsconfig.spec.json" <<JSON
{
  "extends": "./tsconfig.json",
  "compilerOptions": {
    "outDir": "${up}dist/out-tsc",
    "module": "$module",
    "moduleResolution": "$resolution",
    "types": ["jest", "node"],
    "isolatedModules": true
  },
  "include": ["jest.config.ts", "src/test-setup.ts", "src/**/*.spec.ts", "src/**/*.integration-spec.ts", "src/**/*.d.ts"]
}
JSON
if [ "$env" = angular ]; then
cat > "$dir/jest.config.ts" <<TS
export default {
  displayName: '$name',
  preset: '${up}jest.angular.preset.js',
  coverageDirectory: '${up}coverage/$dir',
};
TS
cat > "$dir/src/test-setup.ts" <<TS
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv();
TS
else
cat > "$dir/jest.config.ts" <<TS
export default {
  displayName: '$name',
  preset: '${up}jest.preset.js',
  testEnvironment: '$env',
  coverageDirectory: '${up}coverage/$dir',
};
TS
fi
if [ "$env" = angular ]; then
  echo "export { default } from '${up}eslint.angular.config.mjs';" > "$dir/eslint.config.mjs"
else
cat > "$dir/eslint.config.mjs" <<JS
import baseConfig from '${up}eslint.config.mjs';

export default [...baseConfig];
JS
fi
[ -f "$dir/src/index.ts" ] || echo "export {};" > "$dir/src/index.ts"
# Register the import alias: @journey-atlas/<dir without libs/>.
alias="@journey-atlas/${dir#libs/}"
node -e '
const fs = require("fs");
const [alias, entry] = process.argv.slice(1);
const config = JSON.parse(fs.readFileSync("tsconfig.base.json", "utf8"));
config.compilerOptions.paths[alias] = [entry];
fs.writeFileSync("tsconfig.base.json", JSON.stringify(config, null, 2) + "\n");
' "$alias" "$dir/src/index.ts"
echo "created $dir ($name)"
