/**
 * Node's share of a bulk import, without Postgres or HTTP: reads a CSV file through the
 * importer's own loop (readImportFile -> ImportSession: split, map, validate, key, stage
 * as COPY text) and builds the COPY buffers a writer would send, then prints the process
 * CPU seconds per 100,000 rows. Far steadier than the full bench on a shared machine.
 *
 *   node --max-old-space-size=256 --import tsx tools/bench/ingest-node.ts tmp/bench-200000/csv/touchpoints.csv
 *
 * (the file is the one tools/bench/ingest.ts generates and keeps with --keep).
 */
import { IdentifierKeyer } from '../../libs/api/identity/src/lib/services/identifier-keyer';
import type { CopyBatch } from '../../libs/api/ingestion/src/lib/import/copy-batch';
import { EMPTY_MAPPING } from '../../libs/api/ingestion/src/lib/import/import-mapping';
import { readImportFile } from '../../libs/api/ingestion/src/lib/import/import-records';
import { ImportSession } from '../../libs/api/ingestion/src/lib/import/import-session';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: ingest-node.ts FILE.csv');
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const session = new ImportSession(
    new IdentifierKeyer(Buffer.alloc(32, 7), 'GB'),
    async (batch: CopyBatch) => {
      // What BulkWriterService does with a batch in Node: one buffer per COPY.
      Buffer.from(batch.identifiers.join(''));
      Buffer.from(batch.rows.map((row) => `w\tc\t{1}\t${row}`).join(''));
      return { accepted: batch.rows.length, duplicates: batch.size - batch.rows.length };
    },
    50_000,
  );
  let rows = 0;
  const records = readImportFile(file, 'csv', EMPTY_MAPPING, { bytesRead: 0 }, () => undefined);
  for await (const record of records) {
    rows++;
    if ('errors' in record) session.reject(record.index, record.line, undefined, record.errors);
    else await session.add(record.row.raw, record.index, record.line, record.row.assumptions);
  }
  const result = await session.finish();
  const cpu = process.cpuUsage(cpuBefore);
  const seconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    JSON.stringify({
      rows,
      accepted: result.accepted,
      rejected: result.rejectedCount,
      seconds: +((performance.now() - started) / 1000).toFixed(2),
      cpuSeconds: +seconds.toFixed(2),
      cpuSecondsPer100k: +((seconds * 100_000) / Math.max(rows, 1)).toFixed(2),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
