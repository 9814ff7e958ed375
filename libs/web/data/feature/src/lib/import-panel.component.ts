import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  output,
  signal,
  untracked,
} from '@angular/core';
import { type ImportFormat, IMPORT_CSV_COLUMNS } from '@journey-atlas/shared/domain';
import {
  ImportStore,
  mappingError,
  rejectedRowLines,
  rejectedRowsCsv,
} from '@journey-atlas/web/data/data-access';
import { downloadText } from './download';

const count = (n: number) => n.toLocaleString('en-US');

/** Data › Import: pick a file, follow its upload and import, read the tally and rejected rows. */
@Component({
  selector: 'ja-import-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-panel.component.html',
  styleUrl: './data.css',
})
export class ImportPanel {
  protected readonly store = inject(ImportStore);
  /** Emits when an import has finished (the data-quality list may have changed). */
  readonly finished = output<void>();

  protected readonly columns = IMPORT_CSV_COLUMNS.join(', ');
  protected readonly file = signal<File | null>(null);
  protected readonly format = signal<ImportFormat | ''>('');
  protected readonly mapping = signal('');
  protected readonly mappingProblem = computed(() => mappingError(this.mapping()));
  protected readonly state = this.store.state;
  protected readonly progress = this.store.progress;
  protected readonly tally = this.store.tally;
  protected readonly job = this.store.job;
  protected readonly busy = this.store.busy;
  protected readonly count = count;
  protected readonly rejectedLines = computed(() =>
    rejectedRowLines(this.job()?.rejectedRows ?? []),
  );
  /** The server's refusal of the mapping goes next to the mapping field. */
  protected readonly serverMappingError = computed(() => {
    const state = this.state();
    return state.phase === 'error' && !state.job && /^The mapping/.test(state.message)
      ? state.message
      : null;
  });
  protected readonly errorText = computed(() => {
    const state = this.state();
    if (state.phase === 'error' && !this.serverMappingError()) return state.message;
    if (state.phase === 'job' && state.job.status === 'failed')
      return state.job.error ?? 'The import failed.';
    return null;
  });

  private announced: string | null = null;

  constructor() {
    // Tell the page once per finished job.
    effect(() => {
      const id = this.tally() ? untracked(this.job)?.id : undefined;
      if (id && id !== this.announced) {
        this.announced = id;
        untracked(() => this.finished.emit());
      }
    });
  }

  protected delimiterName(delimiter: string): string {
    return delimiter === '\t' ? 'tab' : `“${delimiter}”`;
  }

  protected pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
  }

  protected async pickMapping(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) this.mapping.set(await file.text());
  }

  protected setFormat(value: string): void {
    this.format.set(value === 'csv' || value === 'ndjson' ? value : '');
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const file = this.file();
    if (!file || this.busy() || this.mappingProblem()) return;
    const format = this.format();
    this.store.start(file, {
      ...(format ? { format } : {}),
      ...(this.mapping().trim() ? { mapping: this.mapping() } : {}),
    });
  }

  protected retry(): void {
    if (this.job()) this.store.refresh();
    else this.submit(new Event('submit'));
  }

  protected exportRejected(): void {
    const job = this.job();
    if (!job) return;
    const name = (job.fileName ?? 'import').replace(/\.[^.]+$/, '');
    downloadText(
      `${name}-rejected-rows.csv`,
      rejectedRowsCsv(job.rejectedRows),
      'text/csv;charset=utf-8',
    );
  }
}
