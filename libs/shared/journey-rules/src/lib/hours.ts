import type { IsoWeekday, OperatingHours } from '@journey-atlas/shared/domain';

/** Local weekday and time of an instant in a time zone. */
export interface LocalTime {
  weekday: IsoWeekday;
  /** Seconds since local midnight, with the milliseconds as a fraction. */
  secondsOfDay: number;
}

const WEEKDAYS: Record<string, IsoWeekday> = {
  Mon: 1,
  Tue: 2,
  Wed: 3,
  Thu: 4,
  Fri: 5,
  Sat: 6,
  Sun: 7,
};

// Building a DateTimeFormat is slow; one per time zone is enough.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** Weekday and time of day of `epochMs` in `timeZone` (throws on an unknown zone). */
export function localTime(epochMs: number, timeZone: string): LocalTime {
  const parts = formatFor(timeZone).formatToParts(new Date(epochMs));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  const weekday = WEEKDAYS[part('weekday')];
  if (weekday === undefined) throw new Error(`Cannot read the weekday in ${timeZone}`);
  // Time-zone offsets are whole minutes, so the milliseconds carry over unchanged.
  const millis = ((epochMs % 1000) + 1000) % 1000;
  const secondsOfDay =
    Number(part('hour')) * 3600 +
    Number(part('minute')) * 60 +
    Number(part('second')) +
    millis / 1000;
  return { weekday, secondsOfDay };
}

/** "HH:MM" -> seconds since midnight; "24:00" is allowed as a closing time. */
export function clockSeconds(clock: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || minutes > 59 || hours * 60 + minutes > 24 * 60) {
    throw new Error(`Invalid clock time "${clock}", expected HH:MM`);
  }
  return hours * 3600 + minutes * 60;
}

/**
 * Open iff the local weekday is listed and opens <= local time < closes. `null` hours are
 * always open. Windows do not wrap midnight: opens >= closes is never open.
 */
export function isOpenAt(epochMs: number, hours: OperatingHours | null, timeZone: string): boolean {
  if (hours === null) return true;
  const { weekday, secondsOfDay } = localTime(epochMs, timeZone);
  return (
    hours.weekdays.includes(weekday) &&
    secondsOfDay >= clockSeconds(hours.opens) &&
    secondsOfDay < clockSeconds(hours.closes)
  );
}
