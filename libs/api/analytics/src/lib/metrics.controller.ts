import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  METRIC_GROUP_DIMENSIONS,
  METRIC_PERIODS,
  type MetricCatalogEntryDto,
  type MetricsResponseDto,
} from '@journey-atlas/shared/domain';
import { METRICS, METRIC_NAMES } from '@journey-atlas/shared/journey-rules';
import { CsvExport } from './csv/csv-export';
import { metricRows } from './csv/csv-rows';
import { ApiAnalyticsFilters } from './dto/api-filters.decorator';
import { CATALOG_EXAMPLE, METRICS_EXAMPLE } from './dto/metrics.examples';
import { enumParam } from './filters/analytics-query';
import { parseGroupBy } from './filters/group-by';
import { parseMetricNames } from './filters/metric-names';
import { AnalyticsRequests, EXPORT_FORMATS } from './services/analytics-requests.service';
import { MetricsService } from './services/metrics.service';

@ApiTags('analytics')
@Controller('v1/metrics')
export class MetricsController {
  constructor(
    private readonly requests: AnalyticsRequests,
    private readonly metricsService: MetricsService,
  ) {}

  @Get('catalog')
  @ApiOperation({ summary: 'The metric definitions: name, label, formula, unit, better when' })
  @ApiOkResponse({ schema: { example: CATALOG_EXAMPLE } })
  catalog(): MetricCatalogEntryDto[] {
    return METRIC_NAMES.map((name) => {
      const { label, formula, numerator, denominator, unit, betterWhen, grain } = METRICS[name];
      return { name, label, formula, numerator, denominator, unit, betterWhen, grain };
    });
  }

  @Get()
  @ApiOperation({
    summary: 'Metrics for [from, to) with the previous same-length window, overall and per group',
  })
  @ApiAnalyticsFilters()
  @ApiQuery({
    name: 'format',
    required: false,
    enum: EXPORT_FORMATS,
    description: 'csv: the list as CSV (also Accept: text/csv)',
  })
  @ApiQuery({ name: 'names', required: false, example: 'fcr,containment,csat' })
  @ApiQuery({
    name: 'groupBy',
    required: false,
    description: 'channel, intent, team, agent or segment.<attr>',
    example: 'channel',
  })
  @ApiQuery({ name: 'period', required: false, enum: METRIC_PERIODS, description: 'Adds a series' })
  @CsvExport('metrics', metricRows)
  @ApiOkResponse({ schema: { example: METRICS_EXAMPLE } })
  async metrics(@Query() query: Record<string, unknown>): Promise<MetricsResponseDto> {
    const { filter, extras } = await this.requests.parse(query, [
      'names',
      'groupBy',
      'period',
      'format',
    ]);
    return this.metricsService.metrics(filter, {
      names: parseMetricNames(extras.get('names')),
      groupBy: parseGroupBy(extras.get('groupBy'), METRIC_GROUP_DIMENSIONS, true),
      period: enumParam(extras, 'period', METRIC_PERIODS),
    });
  }
}
