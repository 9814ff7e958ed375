/**
 * Entry point: `npm run import -- FILE [--mapping mapping.json] [--workspace W] [--url URL]`
 * (tsx resolves the `@journey-atlas/*` aliases through the root tsconfig.json, so run it
 * from the repository root). Uploads the file to a running server's /api/v1/imports.
 */
import { runCli } from './lib/run-cli';

runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `import: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(3);
  },
);
