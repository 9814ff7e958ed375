import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FrictionRankingDto } from '@journey-atlas/shared/domain';
import { CsvExport } from './csv/csv-export';
import { frictionRows } from './csv/csv-rows';
import { ApiAnalyticsFilters } from './dto/api-filters.decorator';
import { FRICTION_EXAMPLE } from './dto/friction.examples';
import { enumParam } from './filters/analytics-query';
import type { FrictionDimension } from './sql/friction.sql';
import { AnalyticsRequests, EXPORT_FORMATS } from './services/analytics-requests.service';
import { FrictionService } from './services/friction.service';

const DIMENSIONS: readonly FrictionDimension[] = ['channel', 'intent', 'queue', 'agent'];

@ApiTags('analytics')
@Controller('v1/friction')
export class FrictionController {
  constructor(
    private readonly requests: AnalyticsRequests,
    private readonly frictionService: FrictionService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Friction types ranked by the cost they add: count, journeys affected, each hurt metric with vs without the friction',
  })
  @ApiAnalyticsFilters()
  @ApiQuery({
    name: 'format',
    required: false,
    enum: EXPORT_FORMATS,
    description: 'csv: the list as CSV (also Accept: text/csv)',
  })
  @ApiQuery({ name: 'groupBy', required: false, enum: DIMENSIONS, example: 'queue' })
  @CsvExport('friction', frictionRows)
  @ApiOkResponse({ schema: { example: FRICTION_EXAMPLE } })
  async friction(@Query() query: Record<string, unknown>): Promise<FrictionRankingDto> {
    const { filter, extras } = await this.requests.parse(query, ['groupBy', 'format']);
    return this.frictionService.ranking(filter, enumParam(extras, 'groupBy', DIMENSIONS));
  }
}
