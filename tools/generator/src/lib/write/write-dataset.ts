import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { customerKey, type PersonActivity } from '../model/activity';
import type { Dataset } from '../model/dataset';
import { GroundTruthTally, personIdentities, type GroundTruth } from '../model/ground-truth';
import { CSV_HEADER, toCsvRow } from './csv';

export type OutputFormat = 'ndjson' | 'csv';

export interface WriteResult {
  files: { touchpoints: string; customers: string; identities: string; groundTruth: string };
  groundTruth: GroundTruth;
}

/** Called every `progressEvery` touchpoints, and once at the end. */
export type ProgressListener = (touchpoints: number, persons: number) => void;

/** Flush to the file once a buffer holds this much, to keep write calls few. */
const CHUNK_CHARS = 256 * 1024;

/**
 * Writes touchpoints (NDJSON or CSV), customers.ndjson, identities.ndjson and
 * ground-truth.json into `outDir` in one pass, honouring backpressure: memory stays at one
 * person plus a few buffers, whatever the size.
 */
export async function writeDataset(
  dataset: Dataset,
  outDir: string,
  format: OutputFormat,
  onProgress?: ProgressListener,
  progressEvery = 100_000,
): Promise<WriteResult> {
  await mkdir(outDir, { recursive: true });
  const files = {
    touchpoints: join(outDir, `touchpoints.${format}`),
    customers: join(outDir, 'customers.ndjson'),
    identities: join(outDir, 'identities.ndjson'),
    groundTruth: join(outDir, 'ground-truth.json'),
  };
  const touchpoints = new BufferedFile(files.touchpoints);
  const customers = new BufferedFile(files.customers);
  const identities = new BufferedFile(files.identities);
  const tally = new GroundTruthTally(dataset.options);
  let written = 0;
  let nextReport = progressEvery;
  try {
    if (format === 'csv') await touchpoints.write(CSV_HEADER);
    for (const activity of dataset.persons()) {
      tally.add(activity);
      let lines = '';
      for (const touchpoint of activity.touchpoints) {
        lines += format === 'csv' ? toCsvRow(touchpoint) : `${JSON.stringify(touchpoint)}\n`;
      }
      await touchpoints.write(lines);
      await customers.write(`${JSON.stringify(customerRecord(activity))}\n`);
      await identities.write(`${JSON.stringify(personIdentities(activity))}\n`);
      written += activity.touchpoints.length;
      if (onProgress && written >= nextReport) {
        onProgress(written, activity.person.index + 1);
        nextReport += progressEvery;
      }
    }
  } finally {
    await Promise.all([touchpoints.close(), customers.close(), identities.close()]);
  }
  const groundTruth = tally.result();
  await writeFile(files.groundTruth, `${JSON.stringify(groundTruth, null, 2)}\n`);
  onProgress?.(groundTruth.touchpoints, groundTruth.persons);
  return { files, groundTruth };
}

/** The custom segment attributes customerRecord gives every customer (few values each). */
export const CUSTOM_ATTRIBUTES = ['ageBand'] as const;

/** The customers-file line: segment attributes for the API's customer upsert. */
export function customerRecord(activity: PersonActivity): Record<string, unknown> {
  const { person } = activity;
  return {
    identifier: customerKey(activity),
    region: person.region,
    tier: person.tier,
    valueBand: person.valueBand,
    // The customers API takes segments as strings.
    specialNeeds: person.specialNeeds ? 'yes' : 'no',
    attributes: { ageBand: person.ageBand },
  };
}

/** A write stream fed in large chunks, awaiting 'drain' when the stream is full. */
class BufferedFile {
  private readonly stream: WriteStream;
  private buffer = '';

  constructor(path: string) {
    this.stream = createWriteStream(path);
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length < CHUNK_CHARS) return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (this.buffer.length > 0) this.stream.write(this.buffer);
    this.buffer = '';
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
