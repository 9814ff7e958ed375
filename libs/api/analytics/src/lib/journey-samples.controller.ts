import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CHANNELS, type JourneySampleDto, isChannel } from '@journey-atlas/shared/domain';
import { FRICTION_TYPE_NAMES } from '@journey-atlas/shared/journey-rules';
import { CsvExport } from './csv/csv-export';
import { sampleRows } from './csv/csv-rows';
import { ApiAnalyticsFilters } from './dto/api-filters.decorator';
import { JOURNEY_SAMPLE_EXAMPLE } from './dto/journeys.examples';
import { enumParam, intParam } from './filters/analytics-query';
import { badFilter } from './filters/bad-filter';
import { AnalyticsRequests, EXPORT_FORMATS } from './services/analytics-requests.service';
import { JourneySamplesService } from './services/journey-samples.service';

@ApiTags('analytics')
@Controller('v1/journeys')
export class JourneySamplesController {
  constructor(
    private readonly requests: AnalyticsRequests,
    private readonly samples: JourneySamplesService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Sample journeys for a drill-down (from a map link, a friction row or a path), newest first',
  })
  @ApiAnalyticsFilters()
  @ApiQuery({
    name: 'format',
    required: false,
    enum: EXPORT_FORMATS,
    description: 'csv: the list as CSV (also Accept: text/csv)',
  })
  @ApiQuery({ name: 'friction', required: false, enum: FRICTION_TYPE_NAMES, example: 'long_wait' })
  @ApiQuery({
    name: 'path',
    required: false,
    description: 'Exact channel path, comma-separated',
    example: 'web,phone',
  })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 200 (default 20)', example: 20 })
  @CsvExport('journeys', sampleRows)
  @ApiOkResponse({ schema: { example: JOURNEY_SAMPLE_EXAMPLE } })
  async sample(@Query() query: Record<string, unknown>): Promise<JourneySampleDto> {
    const { filter, extras } = await this.requests.parse(query, [
      'friction',
      'path',
      'limit',
      'format',
    ]);
    const path = extras.get('path')?.split(',') ?? null;
    for (const channel of path ?? []) {
      if (!isChannel(channel)) badFilter('path', `has unknown channel "${channel}"`, CHANNELS);
    }
    return this.samples.sample(filter, {
      friction: enumParam(extras, 'friction', FRICTION_TYPE_NAMES),
      path,
      limit: intParam(extras, 'limit', 1, 200, 20),
    });
  }
}
