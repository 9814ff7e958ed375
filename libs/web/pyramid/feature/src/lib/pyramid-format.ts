import type { GoalNodeStatus, GoalTreeNodeDto } from '@journey-atlas/shared/domain';
import { formatMetricValue, metricChange } from '@journey-atlas/web/overview/ui';

export const STATUS_LABELS: Record<GoalNodeStatus, string> = {
  on_track: 'On track',
  off_track: 'Off track',
  no_target: 'No target',
  no_data: 'No data',
  not_computed: 'Not computed',
};

/** The node's actual value in its unit ("—" when none). */
export function actualText(node: GoalTreeNodeDto): string {
  if (node.unit === null) return '—';
  return formatMetricValue(node.actual?.value ?? null, node.unit);
}

/** "target 80% by 2027-06-30", or "" when the node has neither. */
export function targetText(node: GoalTreeNodeDto): string {
  const parts: string[] = [];
  if (node.target !== null && node.unit !== null) {
    parts.push(`target ${formatMetricValue(node.target, node.unit)}`);
  }
  if (node.targetDate !== null) parts.push(`by ${node.targetDate}`);
  return parts.join(' ');
}

/** The change vs the previous period, e.g. "▲ +3 pts (better)"; "" without one. */
export function trendText(node: GoalTreeNodeDto): {
  text: string;
  description: string;
  tone: string;
} {
  if (node.actual === null || node.unit === null)
    return { text: '', description: '', tone: 'neutral' };
  const change = metricChange({ ...node.actual, unit: node.unit });
  if (change.arrow === '') return { text: '', description: change.description, tone: 'neutral' };
  return {
    text: `${change.arrow} ${change.text}`,
    description: change.description,
    tone: change.tone,
  };
}

/** "UTC dates" of the period, e.g. "2026-10-28 to 2026-11-26" (to is exclusive). */
export function periodText(from: string | null, to: string | null): string {
  if (from === null && to === null) return 'all time';
  const day = (iso: string) => iso.slice(0, 10);
  const last = to === null ? null : new Date(Date.parse(to) - 1).toISOString();
  if (from === null) return `up to ${day(last as string)}`;
  if (last === null) return `from ${day(from)}`;
  return `${day(from)} to ${day(last)}`;
}
