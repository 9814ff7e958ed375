import type { ImportJobDto, ImportProgressDto } from '@journey-atlas/shared/domain';

const number = (value: number) => value.toLocaleString('en-US');

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** One progress line (written after '\r', so it redraws in place). */
export function progressLine(phase: 'upload' | 'import', progress: ImportProgressDto): string {
  const total = Math.max(progress.bytesTotal, 1);
  const share = Math.min(1, progress.bytesRead / total);
  const width = 24;
  const filled = Math.round(share * width);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%`;
  if (phase === 'upload') {
    return `uploading ${bar} ${megabytes(progress.bytesRead)} of ${megabytes(progress.bytesTotal)}`;
  }
  return `importing ${bar} ${number(progress.rowsRead)} rows: ${number(progress.accepted)} accepted, ${number(progress.duplicates)} duplicates, ${number(progress.rejected)} rejected`;
}

/** The final report: counts, then each rejected row with its line, id and field errors. */
export function formatReport(job: ImportJobDto, seconds: number): string {
  const p = job.progress;
  const lines = [
    `${job.status === 'done' ? 'Imported' : 'Import failed for'} ${job.fileName ?? 'the file'} into workspace "${job.workspace}" (import ${job.id}): ` +
      `${number(p.rowsRead)} rows, ${number(p.accepted)} accepted, ${number(p.duplicates)} duplicates, ${number(p.rejected)} rejected in ${seconds.toFixed(1)} s`,
  ];
  if (job.error) lines.push(`Error: ${job.error}`);
  if (job.detected?.ignoredColumns?.length) {
    lines.push(`Ignored columns (no field, no mapping): ${job.detected.ignoredColumns.join(', ')}`);
  }
  if (job.rejectedRows.length > 0) {
    lines.push('Rejected rows:');
    for (const row of job.rejectedRows) {
      const where = `line ${row.line ?? row.index + 1}`;
      const id = row.id === undefined ? '' : `  id ${row.id}`;
      const errors = row.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
      lines.push(`  ${where}${id}  ${errors}`);
    }
    const unlisted = p.rejected - job.rejectedRows.length;
    if (unlisted > 0)
      lines.push(
        `  ... and ${number(unlisted)} more (only the first ${job.rejectedRows.length} are listed)`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** 0 every row accepted, 1 something rejected, 3 the job failed. */
export function exitCodeOf(job: ImportJobDto): number {
  if (job.status !== 'done') return 3;
  return job.progress.rejected > 0 ? 1 : 0;
}
