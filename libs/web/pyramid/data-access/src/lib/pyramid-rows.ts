import type { GoalTreeNodeDto } from '@journey-atlas/shared/domain';

/** One row of the tree as a table (the accessible alternative and the CSV export). */
export interface PyramidRow {
  depth: number;
  node: GoalTreeNodeDto;
  /** Labels from the goal down to this node's parent. */
  path: string[];
}

/** Depth-first, parents before children, in the tree's order. */
export function pyramidRows(goals: readonly GoalTreeNodeDto[]): PyramidRow[] {
  const rows: PyramidRow[] = [];
  const walk = (node: GoalTreeNodeDto, depth: number, path: string[]) => {
    rows.push({ depth, node, path });
    for (const child of node.children) walk(child, depth + 1, [...path, node.label]);
  };
  for (const goal of goals) walk(goal, 0, []);
  return rows;
}

/** Counts a node and everything below it (what deleting it removes). */
export function subtreeSize(node: GoalTreeNodeDto): number {
  return 1 + node.children.reduce((sum, child) => sum + subtreeSize(child), 0);
}

const HEADER = [
  'level',
  'path',
  'label',
  'metric',
  'role',
  'scope',
  'actual',
  'previous',
  'target',
  'target_date',
  'status',
  'warnings',
];

/** One CSV field: quoted when needed; formula-looking text defused. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function scopeText(node: GoalTreeNodeDto): string {
  return (['team', 'agent', 'channel', 'intent'] as const)
    .filter((field) => node[field] !== null)
    .map((field) => `${field}=${node[field]}`)
    .join('; ');
}

/** The tree as CSV (RFC 4180, CRLF), raw values: rates as fractions. */
export function pyramidCsv(goals: readonly GoalTreeNodeDto[]): string {
  const rows = pyramidRows(goals).map(({ node, path }) =>
    [
      node.level,
      path.join(' > '),
      node.label,
      node.metric,
      node.role,
      scopeText(node),
      node.actual?.value ?? null,
      node.actual?.previous?.value ?? null,
      node.target,
      node.targetDate,
      node.status,
      node.warnings.map((w) => w.message).join(' '),
    ].map(csvField),
  );
  return [HEADER, ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}
