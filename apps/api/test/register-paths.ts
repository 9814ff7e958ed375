import path from 'node:path';
import { loadConfig, register } from 'tsconfig-paths';

// Jest's global setup runs outside Jest's module system, so the workspace path aliases
// (tsconfig.base.json) have to be taught to Node's own resolver.
const config = loadConfig(path.resolve(__dirname, '../../../tsconfig.base.json'));
if (config.resultType === 'success') {
  register({ baseUrl: config.absoluteBaseUrl, paths: config.paths });
}
