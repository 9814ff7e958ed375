import { ConfigError, loadConfig } from './app-config';

describe(loadConfig.name, () => {
  it('starts with defaults when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: '.data',
      embeddedPgPort: 54329,
      logLevel: 'info',
      webDist: undefined,
      demoData: true,
      demoCustomers: 20000,
      journeyWorker: true,
      analyticsCacheMb: 64,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://atlas:secret@db.internal:5432/atlas',
      DATA_DIR: '/var/lib/atlas',
      EMBEDDED_PG_PORT: '6000',
      LOG_LEVEL: 'debug',
      DEMO_DATA: 'false',
      DEMO_CUSTOMERS: '500',
      ANALYTICS_CACHE_MB: '0',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgresql://atlas:secret@db.internal:5432/atlas',
      dataDir: '/var/lib/atlas',
      embeddedPgPort: 6000,
      logLevel: 'debug',
      demoData: false,
      demoCustomers: 500,
      analyticsCacheMb: 0,
    });
  });

  it('names the variable and the bad value for a non-numeric port', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(
      new ConfigError(
        'Invalid configuration: PORT must be a whole number between 1 and 65535 (got "abc")',
      ),
    );
  });

  it('rejects ports out of range', () => {
    expect(() => loadConfig({ EMBEDDED_PG_PORT: '70000' })).toThrow(
      /EMBEDDED_PG_PORT must be a whole number/,
    );
  });

  it('rejects a malformed DATABASE_URL without echoing it (it may hold a password)', () => {
    const attempt = () => loadConfig({ DATABASE_URL: 'mysql://root:hunter2@localhost/db' });
    expect(attempt).toThrow(
      /^Invalid configuration: DATABASE_URL must be a URL like postgres:\/\//,
    );
    expect(attempt).not.toThrow(/hunter2/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
  });

  it('names the demo variables and what they allow', () => {
    expect(() => loadConfig({ DEMO_DATA: 'yes' })).toThrow(
      'DEMO_DATA must be true or false (got "yes")',
    );
    expect(() => loadConfig({ DEMO_CUSTOMERS: '0' })).toThrow(
      /DEMO_CUSTOMERS must be a whole number between 1 and 5000000/,
    );
  });

  it('lists every problem in one line', () => {
    expect(() => loadConfig({ PORT: '-1', LOG_LEVEL: 'loud' })).toThrow(/PORT .*; LOG_LEVEL .*/);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
    });
  });
});
