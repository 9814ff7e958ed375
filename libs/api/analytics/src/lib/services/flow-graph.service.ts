import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FlowGraphDto } from '@journey-atlas/shared/domain';
import { DataSource } from 'typeorm';
import type { ResolvedFilter } from '../sql/filter.sql';
import { flowGraphSql } from '../sql/flow-graph.sql';
import { filterDto } from './filter-dto';

interface FlowRow {
  kind: 'node' | 'edge';
  source: string;
  target: string | null;
  count: number;
  starts: number | null;
  ends: number | null;
  median_gap_seconds: number | null;
  journeys: number | null;
}

/** The channel directly-follows graph: nodes by step volume, edges by count. */
@Injectable()
export class FlowGraphService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async flowGraph(filter: ResolvedFilter): Promise<FlowGraphDto> {
    const { text, values } = flowGraphSql(filter);
    const rows = (await this.dataSource.query(text, values)) as FlowRow[];
    const nodes = rows.filter((row) => row.kind === 'node');
    return {
      filter: filterDto(filter),
      journeys: nodes[0]?.journeys ?? 0,
      nodes: nodes.map((row) => ({
        channel: row.source,
        steps: row.count,
        starts: row.starts ?? 0,
        ends: row.ends ?? 0,
      })),
      edges: rows
        .filter((row) => row.kind === 'edge')
        .map((row) => ({
          source: row.source,
          target: row.target ?? '',
          count: row.count,
          medianGapHours: (row.median_gap_seconds ?? 0) / 3600,
        })),
    };
  }
}
