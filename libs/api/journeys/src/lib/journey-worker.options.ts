/** How the in-process worker of this API instance behaves. */
export interface JourneyWorkerOptions {
  /** Milliseconds between looks at the job table and the change queue. */
  pollMs: number;
  /** Drain customer_change (incremental rebuilds) on every poll. */
  drainChanges: boolean;
}

export const JOURNEY_WORKER_OPTIONS = Symbol('JOURNEY_WORKER_OPTIONS');

export const DEFAULT_JOURNEY_WORKER_OPTIONS: Readonly<JourneyWorkerOptions> = {
  pollMs: 1000,
  drainChanges: true,
};
