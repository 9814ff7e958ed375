import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { CustomerJourneysDto, CustomerTimelineDto } from '@journey-atlas/shared/domain';
import { CUSTOMER_JOURNEYS_EXAMPLE, CUSTOMER_TIMELINE_EXAMPLE } from './dto/journeys.examples';
import { CsvExport } from './csv/csv-export';
import { customerJourneyRows, timelineRows } from './csv/csv-rows';
import { badFilter } from './filters/bad-filter';
import { AnalyticsRequests, EXPORT_FORMATS } from './services/analytics-requests.service';
import { CustomerJourneysService } from './services/customer-journeys.service';

const customerId = new ParseUUIDPipe({ version: undefined });

@ApiTags('analytics')
@Controller('v1/customers')
export class CustomerJourneysController {
  constructor(
    private readonly requests: AnalyticsRequests,
    private readonly customerJourneys: CustomerJourneysService,
  ) {}

  @Get(':id/journeys')
  @ApiOperation({ summary: "A customer's journeys with their steps and friction" })
  @ApiQuery({ name: 'workspace', required: false, example: 'default' })
  @ApiQuery({ name: 'format', required: false, enum: EXPORT_FORMATS })
  @ApiOkResponse({ schema: { example: CUSTOMER_JOURNEYS_EXAMPLE } })
  @CsvExport('customer-journeys', customerJourneyRows)
  @ApiNotFoundResponse({ description: 'No such customer in the workspace' })
  async journeys(
    @Param('id', customerId) id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<CustomerJourneysDto> {
    return this.customerJourneys.journeys(await this.workspaceId(query), id);
  }

  @Get(':id/timeline')
  @ApiOperation({
    summary:
      "All of a customer's touchpoints in time order, with their journey and friction markers",
  })
  @ApiQuery({ name: 'workspace', required: false, example: 'default' })
  @ApiQuery({ name: 'format', required: false, enum: EXPORT_FORMATS })
  @ApiOkResponse({ schema: { example: CUSTOMER_TIMELINE_EXAMPLE } })
  @CsvExport('customer-timeline', timelineRows)
  @ApiNotFoundResponse({ description: 'No such customer in the workspace' })
  async timeline(
    @Param('id', customerId) id: string,
    @Query() query: Record<string, unknown>,
  ): Promise<CustomerTimelineDto> {
    return this.customerJourneys.timeline(await this.workspaceId(query), id);
  }

  /** A customer's whole history: of the common filters only `workspace` applies. */
  private async workspaceId(query: Record<string, unknown>): Promise<string> {
    const allowed = ['workspace', 'format'];
    for (const name of Object.keys(query)) {
      if (!allowed.includes(name)) {
        badFilter(name, 'does not apply to a customer history', allowed);
      }
    }
    const { filter } = await this.requests.parse(query, ['format']);
    return filter.workspaceId;
  }
}
