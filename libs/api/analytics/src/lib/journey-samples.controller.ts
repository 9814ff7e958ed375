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

/** Steps a drill-down can pin (`step.0` … `step.19`), deeper than the map's 8 steps. */
const MAX_STEP_POSITION = 19;
const STEP_PARAMETERS = Array.from({ length: MAX_STEP_POSITION + 1 }, (_, n) => `step.${n}`);

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
  @ApiQuery({
    name: 'step.<n>',
    required: false,
    description: `The channel at 0-based step n (0 to ${MAX_STEP_POSITION}), repeatable: the journeys behind a Sankey flow or step`,
    example: 'phone',
  })
  @ApiQuery({ name: 'resolved', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 200 (default 20)', example: 20 })
  @CsvExport('journeys', sampleRows)
  @ApiOkResponse({ schema: { example: JOURNEY_SAMPLE_EXAMPLE } })
  async sample(@Query() query: Record<string, unknown>): Promise<JourneySampleDto> {
    const { filter, extras } = await this.requests.parse(query, [
      'friction',
      'path',
      'limit',
      'format',
      'resolved',
      ...STEP_PARAMETERS,
    ]);
    const path = extras.get('path')?.split(',') ?? null;
    for (const channel of path ?? []) {
      if (!isChannel(channel)) badFilter('path', `has unknown channel "${channel}"`, CHANNELS);
    }
    const steps = STEP_PARAMETERS.flatMap((name, position) => {
      const channel = extras.get(name);
      if (channel === undefined) return [];
      if (!isChannel(channel)) badFilter(name, `is not a channel ("${channel}")`, CHANNELS);
      return [{ position, channel }];
    });
    const resolved = enumParam(extras, 'resolved', ['true', 'false'] as const);
    return this.samples.sample(filter, {
      friction: enumParam(extras, 'friction', FRICTION_TYPE_NAMES),
      path,
      steps,
      resolved: resolved === null ? null : resolved === 'true',
      limit: intParam(extras, 'limit', 1, 200, 20),
    });
  }
}
