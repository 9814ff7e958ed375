import type { ChannelSettingsDto, OperatingHours } from '@journey-atlas/shared/domain';

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function formatCost(usd: number): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(usd);
}

/** "20 s", "1 h", "1 d": the unit a contact-centre planner would say. */
export function formatDuration(seconds: number): string {
  if (seconds % 86400 === 0) return `${seconds / 86400} d`;
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0 && seconds >= 120) return `${seconds / 60} min`;
  return `${seconds} s`;
}

/** "80% in 20 s", or "No target". */
export function formatServiceLevel(
  channel: Pick<ChannelSettingsDto, 'serviceLevelSeconds' | 'serviceLevelShare'>,
): string {
  if (channel.serviceLevelSeconds === null) return 'No target';
  const share =
    channel.serviceLevelShare === null ? '' : `${Math.round(channel.serviceLevelShare * 100)}% `;
  return `${share}in ${formatDuration(channel.serviceLevelSeconds)}`;
}

/** "Mon–Fri 08:00–20:00", "Mon, Wed 09:00–17:00" or "Always open". */
export function formatHours(hours: OperatingHours | null): string {
  if (hours === null) return 'Always open';
  const days = [...hours.weekdays].sort((a, b) => a - b);
  const contiguous = days.every((day, i) => i === 0 || day === days[i - 1] + 1);
  const dayText =
    days.length === 7
      ? 'Every day'
      : contiguous && days.length > 2
        ? `${WEEKDAY_NAMES[days[0] - 1]}–${WEEKDAY_NAMES[days[days.length - 1] - 1]}`
        : days.map((day) => WEEKDAY_NAMES[day - 1]).join(', ');
  return `${dayText} ${hours.opens}–${hours.closes}`;
}
