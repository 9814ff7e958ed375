import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { SegmentCompareDto } from '@journey-atlas/shared/domain';
import { CsvExport } from './csv/csv-export';
import { segmentCompareRows } from './csv/segment-csv-rows';
import { ApiAnalyticsFilters } from './dto/api-filters.decorator';
import { SEGMENT_COMPARE_EXAMPLE } from './dto/segments.examples';
import { enumParam, intParam } from './filters/analytics-query';
import { parseMetricNames } from './filters/metric-names';
import { parseSegmentCompareQuery } from './filters/segment-compare-query';
import { EXPORT_FORMATS } from './services/analytics-requests.service';
import { FilterResolver } from './services/filter-resolver.service';
import { SegmentCompareService } from './services/segment-compare.service';

const EXTRAS = ['names', 'limit', 'format'] as const;

@ApiTags('analytics')
@Controller('v1/segments')
export class SegmentsController {
  constructor(
    private readonly resolver: FilterResolver,
    private readonly segments: SegmentCompareService,
  ) {}

  @Get('compare')
  @ApiOperation({
    summary:
      'Two groups of journeys side by side (a.<filter> / b.<filter>; unprefixed filters apply to both): metrics, top paths and transition shares, each difference with a significance test',
    description:
      "Rates are tested with a two-proportion z-test, means (CES, NPS, AHT, response time, LCR, cost to serve, contacts per journey) with Welch's t-test, two-sided at alpha = 0.05; conversations per agent is not tested. Each side's metrics equal /metrics for its filters. Compare periods with a.from / a.to and b.from / b.to.",
  })
  @ApiAnalyticsFilters()
  @ApiQuery({
    name: 'a.segment.<attr>',
    required: false,
    description:
      'A filter of side A only: a.from, a.to, a.intent, a.channel, a.team, a.agent, a.segment.<attr>',
    example: 'a.segment.tier=gold',
  })
  @ApiQuery({
    name: 'b.segment.<attr>',
    required: false,
    description: 'A filter of side B only (b.from, b.to, … as for A)',
    example: 'b.segment.tier=standard',
  })
  @ApiQuery({ name: 'names', required: false, example: 'fcr,csat,aht' })
  @ApiQuery({
    name: 'limit',
    required: false,
    description: 'Top paths per side, 1 to 50 (default 10)',
    example: 10,
  })
  @ApiQuery({
    name: 'format',
    required: false,
    enum: EXPORT_FORMATS,
    description: 'csv: metrics, paths and transitions as CSV rows (also Accept: text/csv)',
  })
  @CsvExport('segment-compare', segmentCompareRows)
  @ApiOkResponse({ schema: { example: SEGMENT_COMPARE_EXAMPLE } })
  async compare(@Query() query: Record<string, unknown>): Promise<SegmentCompareDto> {
    const { a, b, extras } = parseSegmentCompareQuery(query, EXTRAS);
    enumParam(extras, 'format', EXPORT_FORMATS);
    const names = parseMetricNames(extras.get('names'));
    const limit = intParam(extras, 'limit', 1, 50, 10);
    return this.segments.compare(await this.resolver.resolve(a), await this.resolver.resolve(b), {
      names,
      limit,
    });
  }
}
