import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChannelShiftLeakDto, ChannelShiftsDto } from '@journey-atlas/shared/domain';
import { DataSource } from 'typeorm';
import { channelShiftIntentsSql, channelShiftLeaksSql } from '../sql/channel-shifts.sql';
import type { ResolvedFilter } from '../sql/filter.sql';
import {
  CAP_RANGE,
  DAYS_PER_MONTH,
  type IntentCounts,
  leakBaselines,
  periodDays,
  rankOpportunities,
} from './channel-shift-savings';
import { filterDto } from './filter-dto';

export interface ChannelShiftOptions {
  minContainment: number;
  minJourneys: number;
  cap: number;
}

interface LeakRow {
  intent: string;
  from_channel: string;
  to_channel: string;
  journeys: number;
  began_ss: number;
  assisted_cost: number;
  assisted_resolved: number;
}

interface IntentRow {
  intent: string;
  self_service_journeys: number;
  contained_journeys: number;
  assisted_journeys: number;
  mean_assisted_cost: number | null;
  mean_self_service_cost: number | null;
  first_start: Date;
  last_start: Date;
}

const NOTES = [
  'Leak: the first assisted step of a journey that began in self-service; the pair is the last self-service channel before it -> its channel, passing over IVR steps when another self-service channel came first (calls enter through the IVR).',
  'Leak share: leak journeys / journeys of the intent that began in self-service.',
  'Leak assisted cost: sum of the cost of the assisted steps of those journeys; resolved by assisted: journey resolved in an assisted channel.',
  "Leak baseline: the same channel pair's share in the other intents; excess journeys = journeys - baseline x the intent's self-service-begun journeys (what stands out from normal handoffs).",
  'Containment rate: contained / began in self-service, over the filtered journeys of the intent.',
  'Mean assisted cost: mean journey cost of journeys that began in an assisted channel; mean self-service cost: of contained journeys.',
  'Opportunities need containment >= minContainment, at least minJourneys self-service-begun journeys and a positive saving.',
];

/** Leaks from self-service to assisted, and assisted demand self-service could take. */
@Injectable()
export class ChannelShiftsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async channelShifts(
    filter: ResolvedFilter,
    options: ChannelShiftOptions,
  ): Promise<ChannelShiftsDto> {
    const leaksSql = channelShiftLeaksSql(filter);
    const intentsSql = channelShiftIntentsSql(filter);
    // One snapshot for both statements, so leaks and opportunities describe the same journeys.
    const [leakRows, intentRows] = await this.dataSource.transaction(
      'REPEATABLE READ',
      async (m) => [
        (await m.query(leaksSql.text, leaksSql.values)) as LeakRow[],
        (await m.query(intentsSql.text, intentsSql.values)) as IntentRow[],
      ],
    );
    const periodFrom = filter.fromAt ?? intentRows[0]?.first_start ?? null;
    const periodTo = filter.toAt ?? intentRows[0]?.last_start ?? null;
    const days = periodDays(periodFrom, periodTo);
    // The filters restrict both sides, so with segment.tier the rate is that tier's own.
    const tiers = filter.segment.find((s) => s.attribute === 'tier')?.values;
    const comparableCustomers = tiers
      ? `customers of tier ${tiers.join(' or ')} matching the filters`
      : 'all customers matching the filters';
    const intents: IntentCounts[] = intentRows.map((row) => ({
      intent: row.intent,
      selfServiceJourneys: row.self_service_journeys,
      containedJourneys: row.contained_journeys,
      assistedJourneys: row.assisted_journeys,
      meanAssistedCost: row.mean_assisted_cost,
      meanSelfServiceCost: row.mean_self_service_cost,
    }));
    return {
      filter: filterDto(filter),
      leaks: leaks(
        leakRows,
        new Map(intentRows.map((row) => [row.intent, row.self_service_journeys])),
      ),
      opportunities: rankOpportunities(intents, {
        ...options,
        periodDays: days,
        comparableCustomers,
      }),
      assumptions: {
        ...options,
        capRange: CAP_RANGE,
        periodDays: days,
        periodFrom: periodFrom?.toISOString() ?? null,
        periodTo: periodTo?.toISOString() ?? null,
        daysPerMonth: DAYS_PER_MONTH,
        comparableCustomers,
        notes: NOTES,
      },
    };
  }
}

function leaks(rows: LeakRow[], began: Map<string, number>): ChannelShiftLeakDto[] {
  const baselines = leakBaselines(
    rows.map((row) => ({
      intent: row.intent,
      fromChannel: row.from_channel,
      toChannel: row.to_channel,
      journeys: row.journeys,
      beganInSelfService: row.began_ss,
    })),
    began,
  );
  return rows.map((row, i) => ({
    intent: row.intent,
    fromChannel: row.from_channel,
    toChannel: row.to_channel,
    journeys: row.journeys,
    share: row.journeys / row.began_ss,
    assistedCost: row.assisted_cost,
    resolvedByAssistedRate: row.assisted_resolved / row.journeys,
    ...baselines[i],
  }));
}
