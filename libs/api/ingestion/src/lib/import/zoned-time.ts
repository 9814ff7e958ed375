/**
 * Turns the timestamps real exports contain (date only, or no offset) into ISO-8601 with
 * an offset, using the time zone and time of day a mapping names, and says what it
 * assumed so the touchpoint can record it.
 */

export interface TimestampAssumptions {
  timeZone: string;
  timeOfDay?: string;
}

export interface AssumedTimestamp {
  value: string;
  /** Set when a time zone or time of day was assumed; stored on the touchpoint. */
  assumption?: { given: string; timeZone: string; timeOfDay?: string };
}

const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let known = formatters.get(timeZone);
  if (!known) {
    known = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, known);
  }
  return known;
}

/** Minutes the zone is ahead of UTC at the instant `utcMs`. */
export function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Wall-clock time in a zone -> the same text with the zone's offset at that moment. */
export function withZoneOffset(wallClock: string, timeZone: string): string {
  const m = LOCAL.exec(wallClock) as RegExpExecArray;
  const naive = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0));
  // The offset at the naive instant can be off by a DST shift; a second look settles it.
  let offset = zoneOffsetMinutes(naive, timeZone);
  offset = zoneOffsetMinutes(naive - offset * 60_000, timeZone);
  return `${wallClock.replace(' ', 'T')}${offsetText(offset)}`;
}

/**
 * `given` unchanged when it has an offset or nothing can be assumed (validation then
 * names the problem); otherwise completed from `assume`.
 */
export function resolveTimestamp(
  given: string,
  assume: TimestampAssumptions | undefined,
): AssumedTimestamp {
  const text = given.trim();
  if (!assume || HAS_OFFSET.test(text)) return { value: text };
  if (DATE_ONLY.test(text)) {
    if (!assume.timeOfDay) return { value: text };
    const time = assume.timeOfDay.length === 5 ? `${assume.timeOfDay}:00` : assume.timeOfDay;
    return {
      value: withZoneOffset(`${text}T${time}`, assume.timeZone),
      assumption: { given: text, timeZone: assume.timeZone, timeOfDay: assume.timeOfDay },
    };
  }
  if (LOCAL.test(text)) {
    return {
      value: withZoneOffset(text, assume.timeZone),
      assumption: { given: text, timeZone: assume.timeZone },
    };
  }
  return { value: text };
}
