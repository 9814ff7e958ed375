import { resolve } from 'node:path';
import { generateDataset } from '../model/dataset';
import { writeDataset } from '../write/write-dataset';
import { USAGE, UsageError, parseCliArgs } from './parse-args';

/** Runs the generator CLI; returns the process exit code (2 for a bad command line). */
export async function runCli(argv: readonly string[]): Promise<number> {
  let options;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`generate: ${error.message}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const out = resolve(options.out);
  const started = Date.now();
  const dataset = generateDataset(options.dataset);
  const size = options.dataset.touchpoints ?? options.dataset.customers;
  const unit = options.dataset.touchpoints !== undefined ? 'touchpoints' : 'customers';
  process.stderr.write(
    `generate: ${size} ${unit}, seed ${options.dataset.seed} -> ${out} (${options.format})\n`,
  );
  const { files, groundTruth } = await writeDataset(
    dataset,
    out,
    options.format,
    (touchpoints, persons) => {
      const seconds = (Date.now() - started) / 1000;
      const rate = Math.round(touchpoints / Math.max(seconds, 0.001));
      const rssMb = Math.round(process.memoryUsage.rss() / 1e6);
      process.stderr.write(
        `  ${touchpoints} touchpoints, ${persons} persons, ${seconds.toFixed(1)} s (${rate}/s), rss ${rssMb} MB\n`,
      );
    },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const byChannel = Object.entries(groundTruth.touchpointsByChannel)
    .filter(([, count]) => count > 0)
    .map(([channel, count]) => `${channel} ${count}`)
    .join(', ');
  process.stdout.write(
    [
      `Generated ${groundTruth.touchpoints} touchpoints for ${groundTruth.persons} persons (${groundTruth.needs} needs) in ${seconds} s`,
      `  by channel: ${byChannel}`,
      `  planted: broken web flow "${groundTruth.planted.brokenWebIntent.intent}", slow queue "${groundTruth.planted.slowQueue.queue}", IVR misroute "${groundTruth.planted.ivrMisroute.option}", transfer-heavy agents ${groundTruth.planted.transferHeavyAgents.agentIds.join(', ')}`,
      ...Object.values(files).map((file) => `  wrote ${file}`),
      '',
    ].join('\n'),
  );
  return 0;
}
