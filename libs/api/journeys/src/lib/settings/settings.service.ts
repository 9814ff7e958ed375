import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ChannelSettingsService, DEFAULT_WORKSPACE_SLUG } from '@journey-atlas/api/workspaces';
import {
  type HoursOverride,
  type JourneyKeyRule,
  type JourneyRulesDto,
  type ServiceLevelOverride,
  type SettingsUpdate,
  type SettingsUpdatedDto,
  type WorkspaceSettingsDto,
  validateSettingsUpdate,
} from '@journey-atlas/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ENSURE_SETTINGS } from '../sql/rebuild.sql';
import { JobWorker } from '../services/job-worker.service';
import { JobsService } from '../services/jobs.service';
import {
  SELECT_JOURNEY_RULES,
  UPDATE_ACCESS_OVERRIDES,
  UPDATE_CHANNEL_SETTING,
  UPDATE_JOURNEY_RULES,
  UPDATE_ROLLUP_ATTRIBUTES,
  UPDATE_TIME_ZONE,
} from './settings.sql';

interface JourneyRulesRow {
  journey_window_seconds: number;
  journey_key: JourneyKeyRule;
  low_csat_at_most: number;
  high_effort_at_least: number;
  negative_sentiment_below: number;
  max_agents_per_journey: number;
  /** Rows from before the overrides existed read as [] (the column default). */
  service_level_overrides: ServiceLevelOverride[] | null;
  hours_overrides: HoursOverride[] | null;
  rollup_attributes: string[];
  rollup_attributes_counted: string[];
}

/**
 * The per-workspace settings the journey engine reads: time zone, journey rules, channel
 * settings, the access-strategy overrides of service level and hours, and the custom
 * segment attributes the rollups count. Every effective change queues a full rebuild,
 * since any of them can move journeys, friction, costs, the day a journey counts on or
 * the rollups' slots.
 */
@Injectable()
export class SettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly channels: ChannelSettingsService,
    private readonly jobs: JobsService,
    private readonly worker: JobWorker,
  ) {}

  async get(workspaceSlug?: string): Promise<WorkspaceSettingsDto> {
    return (await this.load(workspaceSlug)).settings;
  }

  private async load(
    workspaceSlug?: string,
  ): Promise<{ workspaceId: string; settings: WorkspaceSettingsDto }> {
    const catalogue = await this.channels.catalogue(workspaceSlug || DEFAULT_WORKSPACE_SLUG);
    await this.dataSource.query(ENSURE_SETTINGS, [catalogue.workspace.id]);
    const [rules] = (await this.dataSource.query(SELECT_JOURNEY_RULES, [
      catalogue.workspace.id,
    ])) as JourneyRulesRow[];
    const settings: WorkspaceSettingsDto = {
      workspace: {
        slug: catalogue.workspace.slug,
        name: catalogue.workspace.name,
        timeZone: catalogue.workspace.timeZone,
      },
      journeys: toRules(rules),
      channels: catalogue.channels.map(
        ({ channel, costPerContact, serviceLevelSeconds, serviceLevelShare, hours }) => ({
          channel,
          costPerContact,
          serviceLevelSeconds,
          serviceLevelShare,
          hours,
        }),
      ),
      serviceLevelOverrides: rules.service_level_overrides ?? [],
      hoursOverrides: rules.hours_overrides ?? [],
      rollupAttributes: rules.rollup_attributes,
      rollupAttributesCounted: rules.rollup_attributes_counted,
    };
    return { workspaceId: catalogue.workspace.id, settings };
  }

  async update(workspaceSlug: string | undefined, body: unknown): Promise<SettingsUpdatedDto> {
    const validation = validateSettingsUpdate(body);
    if (!validation.ok) {
      throw new BadRequestException({
        message: validation.errors.map((e) => `${e.field} ${e.message}`).join('; '),
        errors: validation.errors,
      });
    }
    const { workspaceId, settings: before } = await this.load(workspaceSlug);
    await this.dataSource.transaction((manager) => apply(manager, workspaceId, validation.value));
    const after = await this.get(before.workspace.slug);
    // What the rollups count now is not a setting (a rebuild ending meanwhile changes it).
    const effective = ({ rollupAttributesCounted: _, ...settings }: WorkspaceSettingsDto) =>
      JSON.stringify(settings);
    if (effective(after) === effective(before)) return { settings: after, rebuild: null };
    const job = await this.jobs.enqueue(workspaceId, 'rebuild_journeys');
    this.worker.kick();
    return { settings: after, rebuild: { jobId: job.id } };
  }
}

async function apply(
  manager: EntityManager,
  workspaceId: string,
  update: SettingsUpdate,
): Promise<void> {
  if (update.timeZone !== undefined)
    await manager.query(UPDATE_TIME_ZONE, [workspaceId, update.timeZone]);
  const rules = update.journeys;
  if (rules) {
    await manager.query(UPDATE_JOURNEY_RULES, [
      workspaceId,
      rules.windowSeconds ?? null,
      rules.key ?? null,
      rules.lowCsatAtMost ?? null,
      rules.highEffortAtLeast ?? null,
      rules.negativeSentimentBelow ?? null,
      rules.maxAgentsPerJourney ?? null,
    ]);
  }
  if (update.serviceLevelOverrides !== undefined || update.hoursOverrides !== undefined) {
    const list = (value: unknown[] | undefined) =>
      value === undefined ? null : JSON.stringify(value);
    await manager.query(UPDATE_ACCESS_OVERRIDES, [
      workspaceId,
      list(update.serviceLevelOverrides),
      list(update.hoursOverrides),
    ]);
  }
  if (update.rollupAttributes !== undefined) {
    await manager.query(UPDATE_ROLLUP_ATTRIBUTES, [workspaceId, update.rollupAttributes]);
  }
  for (const channel of update.channels ?? []) {
    const given = (value: unknown) => [value !== undefined, value ?? null];
    await manager.query(UPDATE_CHANNEL_SETTING, [
      workspaceId,
      channel.channel,
      ...given(channel.costPerContact),
      ...given(channel.serviceLevelSeconds),
      ...given(channel.serviceLevelShare),
      channel.hours !== undefined,
      channel.hours === undefined || channel.hours === null ? null : JSON.stringify(channel.hours),
    ]);
  }
}

function toRules(row: JourneyRulesRow): JourneyRulesDto {
  return {
    windowSeconds: row.journey_window_seconds,
    key: row.journey_key,
    lowCsatAtMost: row.low_csat_at_most,
    highEffortAtLeast: row.high_effort_at_least,
    negativeSentimentBelow: row.negative_sentiment_below,
    maxAgentsPerJourney: row.max_agents_per_journey,
  };
}
