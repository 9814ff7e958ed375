import { ConfigModule } from '@nestjs/config';
import { type AppConfig, loadConfig } from './app-config';

export const APP_CONFIG = 'app';

/**
 * @nestjs/config with our validation: the already-validated config is registered under
 * `app`, and `validate` re-checks the raw environment so a module that reads
 * ConfigService directly sees the same rules.
 */
export function configModule(config: AppConfig) {
  return ConfigModule.forRoot({
    isGlobal: true,
    ignoreEnvFile: true,
    validate: (env) => {
      loadConfig(env as Record<string, string | undefined>);
      return env;
    },
    load: [() => ({ [APP_CONFIG]: config })],
  });
}
