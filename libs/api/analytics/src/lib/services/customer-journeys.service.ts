import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CustomerJourneysDto,
  CustomerTimelineDto,
  JourneyDetailDto,
} from '@journey-atlas/shared/domain';
import { DataSource } from 'typeorm';
import { CUSTOMER_STEPS, type JourneyStepRow, SURVIVING_CUSTOMER } from '../sql/journeys.sql';
import { journeyStep, journeySummary } from './journey-rows';

/** One customer's journeys with their steps, and the same touchpoints as a timeline. */
@Injectable()
export class CustomerJourneysService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async journeys(workspaceId: string, customerId: string): Promise<CustomerJourneysDto> {
    const { id, rows } = await this.steps(workspaceId, customerId);
    const journeys = new Map<string, JourneyDetailDto>();
    for (const row of rows) {
      const journey = journeys.get(row.journey_id) ?? { ...journeySummary(row), steps: [] };
      journey.steps.push(journeyStep(row));
      journeys.set(row.journey_id, journey);
    }
    return { customerId: id, journeys: [...journeys.values()] };
  }

  async timeline(workspaceId: string, customerId: string): Promise<CustomerTimelineDto> {
    const { id, rows } = await this.steps(workspaceId, customerId);
    const touchpoints = rows
      .map((row) => ({
        ...journeyStep(row),
        journeyId: row.journey_id,
        journeyKey: row.journey_key,
      }))
      // Time order, ties by external id in code-unit order (the engine's COLLATE "C").
      .sort((a, b) =>
        a.occurredAt === b.occurredAt
          ? a.externalId < b.externalId
            ? -1
            : a.externalId > b.externalId
              ? 1
              : 0
          : a.occurredAt < b.occurredAt
            ? -1
            : 1,
      );
    return { customerId: id, touchpoints };
  }

  /** A merged-away id answers for the customer it was merged into. */
  private async steps(
    workspaceId: string,
    customerId: string,
  ): Promise<{ id: string; rows: JourneyStepRow[] }> {
    const [found] = (await this.dataSource.query(SURVIVING_CUSTOMER, [
      workspaceId,
      customerId,
    ])) as {
      id: string;
    }[];
    if (!found) throw new NotFoundException(`Customer "${customerId}" does not exist`);
    const rows = (await this.dataSource.query(CUSTOMER_STEPS, [
      workspaceId,
      found.id,
    ])) as JourneyStepRow[];
    return { id: found.id, rows };
  }
}
