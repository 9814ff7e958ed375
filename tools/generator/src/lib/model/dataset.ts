import type { Touchpoint } from '@journey-atlas/shared/domain';
import { personActivity, type PersonActivity } from './activity';
import { DAY_MS } from './calendar';
import { GroundTruthTally, type GroundTruth } from './ground-truth';

/** Size the dataset either by persons or by an exact number of touchpoints. */
export type DatasetSize =
  | { customers: number; touchpoints?: undefined }
  | { touchpoints: number; customers?: undefined };

export type DatasetOptions = DatasetSize & {
  seed: number;
  /** First day of the window (UTC); contacts fall in [start, start + days). */
  start: Date;
  days: number;
};

export interface Dataset {
  readonly options: DatasetOptions;
  /** Persons one at a time with their touchpoints: the single pass the writers use. */
  persons(): Generator<PersonActivity>;
  /** Touchpoints one at a time, person by person, each person's in time order. */
  touchpoints(): Generator<Touchpoint>;
  /** Ground truth, computed by a full (streaming) pass over the persons. */
  groundTruth(): GroundTruth;
}

/**
 * A seeded, deterministic dataset. Nothing is generated until iterated, and nothing but one
 * person is held at a time, so 10M touchpoints stream in bounded memory.
 */
export function generateDataset(options: DatasetOptions): Dataset {
  validateOptions(options);
  const startMs = options.start.getTime();
  const window = { startMs, days: options.days, endMs: startMs + options.days * DAY_MS };

  function* persons(): Generator<PersonActivity> {
    if (options.customers !== undefined) {
      for (let index = 0; index < options.customers; index++)
        yield personActivity(options.seed, index, window);
      return;
    }
    let remaining = options.touchpoints;
    for (let index = 0; remaining > 0; index++) {
      const activity = personActivity(options.seed, index, window, remaining);
      remaining -= activity.touchpoints.length;
      yield activity;
    }
  }

  return {
    options,
    persons,
    *touchpoints() {
      for (const activity of persons()) yield* activity.touchpoints;
    },
    groundTruth() {
      const tally = new GroundTruthTally(options);
      for (const activity of persons()) tally.add(activity);
      return tally.result();
    },
  };
}

/** Throws a RangeError naming the option and what is allowed. */
export function validateOptions(options: DatasetOptions): void {
  const positiveInteger = (name: string, value: number, max: number): void => {
    if (!Number.isInteger(value) || value < 1 || value > max) {
      throw new RangeError(`${name} must be an integer from 1 to ${max}, got ${value}`);
    }
  };
  if ((options.customers === undefined) === (options.touchpoints === undefined)) {
    throw new RangeError('give exactly one of customers or touchpoints');
  }
  if (options.customers !== undefined) positiveInteger('customers', options.customers, 50_000_000);
  if (options.touchpoints !== undefined)
    positiveInteger('touchpoints', options.touchpoints, 500_000_000);
  if (!Number.isSafeInteger(options.seed) || options.seed < 0) {
    throw new RangeError(`seed must be a non-negative integer, got ${options.seed}`);
  }
  positiveInteger('days', options.days, 3660);
  if (Number.isNaN(options.start.getTime())) throw new RangeError('start must be a valid date');
}
