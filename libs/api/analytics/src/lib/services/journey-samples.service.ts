import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JourneySampleDto } from '@journey-atlas/shared/domain';
import { DataSource } from 'typeorm';
import type { ResolvedFilter } from '../sql/filter.sql';
import { type JourneySummaryRow, type SampleRequest, journeySampleSql } from '../sql/journeys.sql';
import { filterDto } from './filter-dto';
import { journeySummary } from './journey-rows';

/** Sample journeys behind a map link, a friction row or a path (drill-down). */
@Injectable()
export class JourneySamplesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async sample(filter: ResolvedFilter, request: SampleRequest): Promise<JourneySampleDto> {
    const { text, values } = journeySampleSql(filter, request);
    const rows = (await this.dataSource.query(text, values)) as JourneySummaryRow[];
    return {
      filter: filterDto(filter),
      friction: request.friction,
      journeys: rows.map(journeySummary),
    };
  }
}
