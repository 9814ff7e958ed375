import { readFile, stat } from 'node:fs/promises';
import { type ImporterOptions, USAGE, UsageError, parseImporterArgs } from './parse-args';
import { exitCodeOf, formatReport, progressLine } from './report';
import { ServerError, followImport, uploadFile } from './server';

/** Redraws the progress line at most every 100 ms (stderr, so stdout stays the report). */
function progressWriter(): { draw: (line: string) => void; done: () => void } {
  let last = 0;
  let drawn = false;
  return {
    draw(line) {
      if (Date.now() - last < 100) return;
      last = Date.now();
      drawn = true;
      process.stderr.write(`\r${line}\x1b[K`);
    },
    done() {
      if (drawn) process.stderr.write('\n');
    },
  };
}

async function readMapping(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the mapping ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.stringify(JSON.parse(text));
  } catch (error) {
    throw new UsageError(`The mapping ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Runs the importer CLI; returns the exit code (see USAGE). */
export async function runCli(argv: readonly string[]): Promise<number> {
  let options: ImporterOptions;
  let mapping: string | undefined;
  try {
    options = parseImporterArgs(argv);
    if (options.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    const file = options.file;
    await stat(file).catch(() => {
      throw new UsageError(`Cannot read the file ${file}`);
    });
    if (options.mapping) mapping = await readMapping(options.mapping);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`import: ${error.message}\n`);
    return 2;
  }
  const started = Date.now();
  const progress = progressWriter();
  try {
    const queued = await uploadFile({ ...options, mapping }, (p) =>
      progress.draw(progressLine('upload', p)),
    );
    const job = await followImport(options.url, queued, (p) =>
      progress.draw(progressLine('import', p)),
    );
    progress.done();
    process.stdout.write(formatReport(job, (Date.now() - started) / 1000));
    return exitCodeOf(job);
  } catch (error) {
    progress.done();
    if (!(error instanceof ServerError)) throw error;
    process.stderr.write(`import: ${error.message}\n`);
    return 3;
  }
}
