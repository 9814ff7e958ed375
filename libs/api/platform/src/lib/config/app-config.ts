import { z } from 'zod';

/**
 * Every environment variable the API reads, validated once at start. Defaults make
 * `npm start` work with no configuration at all.
 */
const port = (fallback: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number between 1 and 65535')
    .transform(Number)
    .refine((value) => value >= 1 && value <= 65535, 'must be a whole number between 1 and 65535')
    .default(String(fallback));

const databaseUrl = z
  .string()
  .trim()
  .refine(isPostgresUrl, 'must be a URL like postgres://user:password@host:5432/database')
  .optional();

const environmentSchema = z.object({
  PORT: port(3000),
  HOST: z.string().trim().min(1, 'must not be empty').default('127.0.0.1'),
  DATABASE_URL: databaseUrl,
  DATA_DIR: z.string().trim().min(1, 'must not be empty').default('.data'),
  EMBEDDED_PG_PORT: port(54329),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().trim().min(1).optional(),
  DEMO_DATA: z
    .enum(['true', 'false'], { errorMap: () => ({ message: 'must be true or false' }) })
    .default('true'),
  JOURNEY_WORKER: z
    .enum(['true', 'false'], { errorMap: () => ({ message: 'must be true or false' }) })
    .default('true'),
  DEMO_CUSTOMERS: z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number between 1 and 5000000')
    .transform(Number)
    .refine(
      (value) => value >= 1 && value <= 5_000_000,
      'must be a whole number between 1 and 5000000',
    )
    .default('20000'),
  ANALYTICS_CACHE_MB: z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number of megabytes (0 turns the cache off)')
    .transform(Number)
    .default('64'),
});

export interface AppConfig {
  port: number;
  host: string;
  /** Set when the API should use an external Postgres; unset means the embedded one. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  /** Folder of the built Angular app to serve at `/`; unset = next to the API bundle. */
  webDist: string | undefined;
  /** Load the generator's demo dataset into an empty default workspace on start. */
  demoData: boolean;
  demoCustomers: number;
  /** Run the background worker here: rebuild jobs and incremental journey updates. */
  journeyWorker: boolean;
  /** Memory for cached analytics answers (megabytes; 0: no cache). */
  analyticsCacheMb: number;
}

/** A configuration problem that should stop start-up with one clear line. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Validates the environment and returns the typed config, or throws one ConfigError. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  // Empty strings count as unset, as they do in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const shown = name === 'DATABASE_URL' ? '' : ` (got "${env[name]}")`;
      return `${name} ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    dataDir: values.DATA_DIR,
    embeddedPgPort: values.EMBEDDED_PG_PORT,
    logLevel: values.LOG_LEVEL,
    webDist: values.WEB_DIST,
    demoData: values.DEMO_DATA === 'true',
    demoCustomers: values.DEMO_CUSTOMERS,
    journeyWorker: values.JOURNEY_WORKER === 'true',
    analyticsCacheMb: values.ANALYTICS_CACHE_MB,
  };
}
