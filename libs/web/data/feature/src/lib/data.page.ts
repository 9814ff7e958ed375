import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { DataQualityStore } from '@journey-atlas/web/data/data-access';
import { DataQualityPanel } from './data-quality-panel.component';
import { ImportPanel } from './import-panel.component';

/** Data: bulk file imports with their progress and rejected rows, and the data-quality report. */
@Component({
  selector: 'ja-data-page',
  imports: [ImportPanel, DataQualityPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Data</h1>
    <p class="lead">
      Bring touchpoints in from a file and check what the identity stitching could not trust.
    </p>
    <ja-import-panel (finished)="quality.load()" />
    <ja-data-quality-panel />
  `,
  styles: `
    h1 {
      margin: 0 0 0.25rem;
      font-size: 1.5rem;
    }
    .lead {
      color: var(--ja-muted);
    }
  `,
})
export class DataPage {
  protected readonly quality = inject(DataQualityStore);
}
