export { runCli } from './lib/run-cli';
export { parseImporterArgs, UsageError, USAGE } from './lib/parse-args';
export { formatReport, progressLine, exitCodeOf } from './lib/report';
