import type { AlertConditionDto, AlertFiringDto } from '@journey-atlas/shared/domain';

export interface FiringRow {
  id: string;
  rule_id: string;
  rule_name: string;
  value: number;
  baseline_mean: number | null;
  baseline_sd: number | null;
  threshold: number;
  message: string;
  fired_at: Date;
}

export interface RuleRow {
  id: string;
  name: string;
  condition: AlertConditionDto;
  created_at: Date;
  firing_count: number;
}

export function firingDto(row: FiringRow): AlertFiringDto {
  return {
    id: row.id,
    ruleId: row.rule_id,
    ruleName: row.rule_name,
    value: row.value,
    baselineMean: row.baseline_mean,
    baselineSd: row.baseline_sd,
    threshold: row.threshold,
    message: row.message,
    firedAt: row.fired_at.toISOString(),
  };
}
