import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FilterResolver } from '@journey-atlas/api/analytics';
import { DEFAULT_WORKSPACE_SLUG, WorkspacesService } from '@journey-atlas/api/workspaces';
import type {
  AlertFiringDto,
  AlertRuleDeletedDto,
  AlertRuleDto,
} from '@journey-atlas/shared/domain';
import { DataSource } from 'typeorm';
import { resolveFilter } from './resolve-filter';
import { badRule, parseAlertRule } from '../rules/parse-alert-rule';
import {
  DELETE_RULE,
  FIND_RULE,
  INSERT_RULE,
  LATEST_FIRINGS,
  LIST_RULES,
  RECENT_FIRINGS,
} from '../sql/alerts.sql';
import { type FiringRow, type RuleRow, firingDto } from './alert-rows';

/** Firings listed with each rule. */
export const RECENT_FIRINGS_PER_RULE = 5;

/** Alert rules and their firing history: `/api/v1/alerts`. */
@Injectable()
export class AlertsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workspaces: WorkspacesService,
    private readonly resolver: FilterResolver,
  ) {}

  async workspaceId(slug: string | undefined): Promise<string> {
    const name = slug || DEFAULT_WORKSPACE_SLUG;
    const found = await this.workspaces.findBySlug(name);
    if (!found) throw new NotFoundException(`Workspace "${name}" does not exist`);
    return found.id;
  }

  async list(slug: string | undefined): Promise<AlertRuleDto[]> {
    const workspaceId = await this.workspaceId(slug);
    const rules = (await this.dataSource.query(LIST_RULES, [workspaceId])) as RuleRow[];
    const firings = (await this.dataSource.query(RECENT_FIRINGS, [
      workspaceId,
      null,
      RECENT_FIRINGS_PER_RULE,
    ])) as FiringRow[];
    return rules.map((rule) =>
      ruleDto(
        rule,
        firings.filter((f) => f.rule_id === rule.id),
      ),
    );
  }

  async create(slug: string | undefined, body: unknown): Promise<AlertRuleDto> {
    const workspaceId = await this.workspaceId(slug);
    const { name, condition } = parseAlertRule(body);
    if (condition.kind === 'metric_threshold') {
      await this.checkFilters(slug || DEFAULT_WORKSPACE_SLUG, condition.filters);
    }
    const [row] = (await this.dataSource.query(INSERT_RULE, [
      workspaceId,
      name,
      condition.kind,
      JSON.stringify(condition),
    ])) as RuleRow[];
    return ruleDto(row, []);
  }

  async remove(slug: string | undefined, id: string): Promise<AlertRuleDeletedDto> {
    const workspaceId = await this.workspaceId(slug);
    const [row] = (await this.dataSource.query(DELETE_RULE, [workspaceId, id])) as {
      id: string;
      firings: number;
    }[];
    if (!row) throw new NotFoundException(`Alert rule ${id} does not exist`);
    return { id: row.id, deleted: true, firingsDeleted: row.firings };
  }

  async firings(slug: string | undefined, id: string, limit: number): Promise<AlertFiringDto[]> {
    const workspaceId = await this.workspaceId(slug);
    const [rule] = (await this.dataSource.query(FIND_RULE, [workspaceId, id])) as unknown[];
    if (!rule) throw new NotFoundException(`Alert rule ${id} does not exist`);
    const rows = (await this.dataSource.query(RECENT_FIRINGS, [
      workspaceId,
      id,
      limit,
    ])) as FiringRow[];
    return rows.map(firingDto);
  }

  async latestFirings(slug: string | undefined, limit: number): Promise<AlertFiringDto[]> {
    const workspaceId = await this.workspaceId(slug);
    const rows = (await this.dataSource.query(LATEST_FIRINGS, [workspaceId, limit])) as FiringRow[];
    return rows.map(firingDto);
  }

  /** A metric rule's filters must resolve like an analytics query's; else a 400 naming them. */
  private async checkFilters(slug: string, filters: Record<string, string>): Promise<void> {
    try {
      await resolveFilter(this.resolver, { ...filters, workspace: slug });
    } catch (error) {
      if (!(error instanceof BadRequestException)) throw error;
      const answer = error.getResponse() as {
        parameter?: string;
        allowed?: string[];
        message?: string;
      };
      const name = answer.parameter ?? 'filters';
      badRule(`filters.${name}`, `is not accepted (${answer.message ?? ''})`, answer.allowed ?? []);
    }
  }
}

function ruleDto(row: RuleRow, firings: FiringRow[]): AlertRuleDto {
  return {
    id: row.id,
    name: row.name,
    condition: row.condition,
    createdAt: row.created_at.toISOString(),
    firingCount: row.firing_count,
    recentFirings: firings.map(firingDto),
  };
}
