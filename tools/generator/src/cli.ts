/**
 * Entry point: `npx tsx tools/generator/src/cli.ts --customers 20000 --seed 42 --out tmp/demo`
 * (or `npm run generate -- ...`). tsx resolves the `@journey-atlas/*` aliases through the
 * root tsconfig.json, so run it from the repository root.
 */
import { runCli } from './lib/cli/run-cli';

runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `generate: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
