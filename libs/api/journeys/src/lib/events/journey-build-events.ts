import { Injectable, Module, type OnModuleDestroy } from '@nestjs/common';
import { type Observable, Subject } from 'rxjs';

/** A journey build that committed: the change queue drained, or a full rebuild job done. */
export interface JourneyBuildEvent {
  workspaceId: string;
  /** incremental: changed customers from the queue; full: a rebuild job. */
  kind: 'incremental' | 'full';
  /** Customers rebuilt. */
  customers: number;
  at: Date;
}

/**
 * Journey builds as they commit, for whatever reacts to new journeys (alerts, the live
 * stream). The in-process worker emits; subscribers must not throw or block it.
 */
@Injectable()
export class JourneyBuildEvents implements OnModuleDestroy {
  private readonly subject = new Subject<JourneyBuildEvent>();
  readonly builds: Observable<JourneyBuildEvent> = this.subject.asObservable();

  emit(event: JourneyBuildEvent): void {
    this.subject.next(event);
  }

  onModuleDestroy(): void {
    this.subject.complete();
  }
}

/** One JourneyBuildEvents for the app: imported by JourneysModule and by its listeners. */
@Module({ providers: [JourneyBuildEvents], exports: [JourneyBuildEvents] })
export class JourneyEventsModule {}
