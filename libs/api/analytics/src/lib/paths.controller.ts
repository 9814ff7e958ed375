import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { PathsDto } from '@journey-atlas/shared/domain';
import { CsvExport } from './csv/csv-export';
import { pathRows } from './csv/csv-rows';
import { ApiAnalyticsFilters } from './dto/api-filters.decorator';
import { PATHS_EXAMPLE } from './dto/flows.examples';
import { intParam } from './filters/analytics-query';
import { AnalyticsRequests, EXPORT_FORMATS } from './services/analytics-requests.service';
import { PathsService } from './services/paths.service';

@ApiTags('analytics')
@Controller('v1/paths')
export class PathsController {
  constructor(
    private readonly requests: AnalyticsRequests,
    private readonly pathsService: PathsService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'The most common full channel paths: count, share, resolution rate, mean cost and duration',
  })
  @ApiAnalyticsFilters()
  @ApiQuery({
    name: 'format',
    required: false,
    enum: EXPORT_FORMATS,
    description: 'csv: the list as CSV (also Accept: text/csv)',
  })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 500 (default 20)', example: 20 })
  @CsvExport('paths', pathRows)
  @ApiOkResponse({ schema: { example: PATHS_EXAMPLE } })
  async paths(@Query() query: Record<string, unknown>): Promise<PathsDto> {
    const { filter, extras } = await this.requests.parse(query, ['limit', 'format']);
    return this.pathsService.paths(filter, intParam(extras, 'limit', 1, 500, 20));
  }
}
