import { HttpClient, HttpParams } from '@angular/common/http';
import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import type {
  GoalNodeDto,
  GoalNodeInput,
  GoalNodeUpdate,
  GoalTreeDto,
} from '@journey-atlas/shared/domain';
import { type LoadState, errorMessage } from '@journey-atlas/web/shared/data-access';
import { type Subscription, firstValueFrom } from 'rxjs';

export const GOALS_URL = '/api/v1/goals';

/** What a create, edit or delete came to: done, or the API's message (it names the field). */
export type SaveResult = { ok: true } | { ok: false; message: string };

/** The metrics pyramid: the computed tree, and the node edits that reload it. */
@Injectable({ providedIn: 'root' })
export class PyramidStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<LoadState<GoalTreeDto>>({ status: 'loading' });
  private request: Subscription | null = null;
  private params = new HttpParams();
  readonly state = this.current.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  /** Loads the tree for the period params (from, to); a newer call cancels an older one. */
  load(params: HttpParams = this.params): void {
    this.params = params;
    this.request?.unsubscribe();
    if (this.current().status !== 'ready') this.current.set({ status: 'loading' });
    this.request = this.http.get<GoalTreeDto>(`${GOALS_URL}/tree`, { params }).subscribe({
      next: (data) => this.current.set({ status: 'ready', data }),
      error: (error: unknown) =>
        this.current.set({ status: 'error', message: errorMessage(error) }),
    });
  }

  create(input: GoalNodeInput): Promise<SaveResult> {
    return this.save(this.http.post<GoalNodeDto>(GOALS_URL, input));
  }

  update(id: string, update: GoalNodeUpdate): Promise<SaveResult> {
    return this.save(this.http.put<GoalNodeDto>(`${GOALS_URL}/${encodeURIComponent(id)}`, update));
  }

  remove(id: string): Promise<SaveResult> {
    return this.save(this.http.delete(`${GOALS_URL}/${encodeURIComponent(id)}`));
  }

  private async save(request: ReturnType<HttpClient['get']>): Promise<SaveResult> {
    try {
      await firstValueFrom(request);
    } catch (error) {
      return { ok: false, message: errorMessage(error) };
    }
    this.load();
    return { ok: true };
  }
}
