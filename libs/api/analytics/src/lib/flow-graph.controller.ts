import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FlowGraphDto } from '@journey-atlas/shared/domain';
import { ApiAnalyticsFilters } from './dto/api-filters.decorator';
import { AnalyticsRequests } from './services/analytics-requests.service';
import { FlowGraphService } from './services/flow-graph.service';

const FLOW_GRAPH_EXAMPLE: Omit<FlowGraphDto, 'filter'> = {
  journeys: 3,
  nodes: [
    { channel: 'phone', steps: 3, starts: 1, ends: 2 },
    { channel: 'web', steps: 2, starts: 2, ends: 1 },
  ],
  edges: [
    { source: 'web', target: 'phone', count: 1, medianGapHours: 2 },
    { source: 'phone', target: 'phone', count: 1, medianGapHours: 24 },
  ],
};

@ApiTags('analytics')
@Controller('v1/flow-graph')
export class FlowGraphController {
  constructor(
    private readonly requests: AnalyticsRequests,
    private readonly flowGraphs: FlowGraphService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'The directly-follows graph of channels for journeys of any length (loops such as phone -> phone kept), with counts and the median time on each edge',
    description:
      'Answered from the rollups when the filters are at most one segment attribute (built-in or counted custom) and whole local days: ' +
      'counts are exact and each medianGapHours is estimated from gap buckets, within a factor 2^(1/4) (19%). ' +
      'Other filters (intent, channel, team, agent, ...) read the journeys, with exact medians.',
  })
  @ApiAnalyticsFilters()
  @ApiOkResponse({ schema: { example: FLOW_GRAPH_EXAMPLE } })
  async flowGraph(@Query() query: Record<string, unknown>): Promise<FlowGraphDto> {
    const { filter } = await this.requests.parse(query, []);
    return this.flowGraphs.flowGraph(filter);
  }
}
