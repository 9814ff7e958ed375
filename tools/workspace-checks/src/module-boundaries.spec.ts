import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const RULE = '@nx/enforce-module-boundaries';

interface Probe {
  name: string;
  file: string;
  code: string;
}

const PROBES: Probe[] = [
  {
    name: 'web importing API code by path',
    file: 'apps/web/src/app/probe.ts',
    code: "import { AppModule } from '../../../api/src/app/app.module';\nexport const probe = AppModule;\n",
  },
  {
    name: 'web importing an API library',
    file: 'apps/web/src/app/probe.ts',
    code: "import { WorkspacesModule } from '@journey-atlas/api/workspaces';\nexport const probe = WorkspacesModule;\n",
  },
  {
    name: 'API importing web code',
    file: 'libs/api/workspaces/src/lib/probe.ts',
    code: "import { ChannelCatalogueStore } from '@journey-atlas/web/settings/data-access';\nexport const probe = ChannelCatalogueStore;\n",
  },
  {
    name: 'web using the shared domain',
    file: 'apps/web/src/app/probe.ts',
    code: "import { CHANNELS } from '@journey-atlas/shared/domain';\nexport const probe = CHANNELS;\n",
  },
  {
    name: 'API using the shared domain',
    file: 'libs/api/workspaces/src/lib/probe.ts',
    code: "import { CHANNELS } from '@journey-atlas/shared/domain';\nexport const probe = CHANNELS;\n",
  },
];

describe('module boundaries (the real ESLint config)', () => {
  let errors: Map<string, string[]>;

  beforeAll(() => {
    const output = execFileSync(process.execPath, [path.join(__dirname, 'lint-probes.mjs')], {
      cwd: ROOT,
      input: JSON.stringify(
        PROBES.map(({ file, code }) => ({ file: path.join(ROOT, file), code })),
      ),
      env: { ...process.env, NX_DAEMON: 'false' },
      encoding: 'utf8',
    });
    const results = JSON.parse(output) as { ruleId: string | null; message: string }[][];
    errors = new Map(
      PROBES.map((probe, i) => [
        probe.name,
        results[i].filter((m) => m.ruleId === RULE).map((m) => m.message),
      ]),
    );
  }, 120_000);

  it('stop the web app from importing API code by path', () => {
    expect(errors.get('web importing API code by path')).toHaveLength(1);
  });

  it('stop the web app from importing an API library', () => {
    expect(errors.get('web importing an API library')).toEqual([
      expect.stringContaining(
        '"scope:web" can only depend on libs tagged with "scope:web", "scope:shared"',
      ),
    ]);
  });

  it('stop the API from importing web code', () => {
    expect(errors.get('API importing web code')).toEqual([
      expect.stringContaining(
        '"scope:api" can only depend on libs tagged with "scope:api", "scope:shared"',
      ),
    ]);
  });

  it('let both sides use the shared domain library', () => {
    expect(errors.get('web using the shared domain')).toEqual([]);
    expect(errors.get('API using the shared domain')).toEqual([]);
  });
});
