import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import type { DataQualityIdentifiersDto } from '@journey-atlas/shared/domain';
import { type LoadState, errorMessage } from '@journey-atlas/web/shared/data-access';

/** Identifiers the over-linking cap stopped (`GET /api/v1/data-quality/identifiers`). */
@Injectable({ providedIn: 'root' })
export class DataQualityStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<LoadState<DataQualityIdentifiersDto>>({ status: 'loading' });
  readonly state = this.current.asReadonly();

  load(): void {
    this.current.set({ status: 'loading' });
    this.http.get<DataQualityIdentifiersDto>('/api/v1/data-quality/identifiers').subscribe({
      next: (data) => this.current.set({ status: 'ready', data }),
      error: (error: unknown) =>
        this.current.set({ status: 'error', message: errorMessage(error) }),
    });
  }
}
