import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import type { ChannelCatalogueDto } from '@journey-atlas/shared/domain';
import { type LoadState, errorMessage } from '@journey-atlas/web/shared/data-access';

/** The workspace's channel catalogue, loaded from `GET /api/v1/channels`. */
@Injectable({ providedIn: 'root' })
export class ChannelCatalogueStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<LoadState<ChannelCatalogueDto>>({ status: 'loading' });
  readonly state = this.current.asReadonly();

  load(): void {
    this.current.set({ status: 'loading' });
    this.http.get<ChannelCatalogueDto>('/api/v1/channels').subscribe({
      next: (data) => this.current.set({ status: 'ready', data }),
      error: (error: unknown) =>
        this.current.set({ status: 'error', message: errorMessage(error) }),
    });
  }
}
