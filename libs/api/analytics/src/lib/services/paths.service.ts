import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PathsDto } from '@journey-atlas/shared/domain';
import { DataSource } from 'typeorm';
import type { ResolvedFilter } from '../sql/filter.sql';
import { pathsSql } from '../sql/paths.sql';
import { filterDto } from './filter-dto';

interface PathRow {
  journeys: number;
  path: string[] | null;
  count: number | null;
  resolution_rate: number | null;
  mean_cost: number | null;
  mean_duration: number | null;
}

/** Top full channel paths with their share, resolution rate, mean cost and duration. */
@Injectable()
export class PathsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async paths(filter: ResolvedFilter, limit: number): Promise<PathsDto> {
    const { text, values } = pathsSql(filter, limit);
    const rows = (await this.dataSource.query(text, values)) as PathRow[];
    const journeys = rows[0]?.journeys ?? 0;
    return {
      filter: filterDto(filter),
      journeys,
      paths: rows
        .filter((row) => row.path !== null)
        .map((row) => ({
          path: row.path ?? [],
          count: row.count ?? 0,
          share: (row.count ?? 0) / journeys,
          resolutionRate: row.resolution_rate ?? 0,
          meanCost: row.mean_cost ?? 0,
          meanDurationSeconds: row.mean_duration ?? 0,
        })),
    };
  }
}
