import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { ChannelShiftsDto } from '@journey-atlas/shared/domain';
import { CsvExport } from './csv/csv-export';
import { ApiAnalyticsFilters } from './dto/api-filters.decorator';
import { CHANNEL_SHIFTS_EXAMPLE } from './dto/channel-shifts.examples';
import { intParam } from './filters/analytics-query';
import { badFilter } from './filters/bad-filter';
import { CAP_RANGE } from './services/channel-shift-savings';
import { AnalyticsRequests, EXPORT_FORMATS } from './services/analytics-requests.service';
import { ChannelShiftsService } from './services/channel-shifts.service';

const DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$|^\.\d+$/;

/** A decimal route parameter in [min, max]; a 400 naming it otherwise. */
function numberParam(
  extras: Map<string, string>,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  const value = extras.get(name);
  if (value === undefined) return fallback;
  const parsed = DECIMAL.test(value) ? Number(value) : Number.NaN;
  if (!(parsed >= min && parsed <= max)) {
    badFilter(name, `must be a number from ${min} to ${max}`, [`${min}..${max}`]);
  }
  return parsed;
}

/** One CSV row per leak and per opportunity, told apart by `kind`. */
const channelShiftRows = (body: ChannelShiftsDto) => [
  ...body.leaks.map((leak) => ({ kind: 'leak', ...leak })),
  ...body.opportunities.map(({ assumptions, ...opportunity }) => ({
    kind: 'opportunity',
    ...opportunity,
    ...assumptions,
  })),
];

@ApiTags('analytics')
@Controller('v1/channel-shifts')
export class ChannelShiftsController {
  constructor(
    private readonly requests: AnalyticsRequests,
    private readonly channelShifts: ChannelShiftsService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Self-service -> assisted leaks by intent and channel pair, and assisted demand self-service could take, with projected monthly savings and their assumptions',
  })
  @ApiAnalyticsFilters()
  @ApiQuery({ name: 'format', required: false, enum: EXPORT_FORMATS })
  @ApiQuery({
    name: 'minContainment',
    required: false,
    description: 'Containment an intent needs to be an opportunity, 0 to 1 (default 0.5)',
    example: 0.5,
  })
  @ApiQuery({
    name: 'minJourneys',
    required: false,
    description: 'Self-service-begun journeys needed to trust the rate, 1 to 1000000 (default 20)',
    example: 20,
  })
  @ApiQuery({
    name: 'cap',
    required: false,
    description:
      "Share of assisted demand assumed to move at most: Gartner's 0.2 to 0.4 (default 0.3)",
    example: 0.3,
  })
  @CsvExport('channel-shifts', channelShiftRows)
  @ApiOkResponse({ schema: { example: CHANNEL_SHIFTS_EXAMPLE } })
  async get(@Query() query: Record<string, unknown>): Promise<ChannelShiftsDto> {
    const { filter, extras } = await this.requests.parse(query, [
      'minContainment',
      'minJourneys',
      'cap',
      'format',
    ]);
    return this.channelShifts.channelShifts(filter, {
      minContainment: numberParam(extras, 'minContainment', 0, 1, 0.5),
      minJourneys: intParam(extras, 'minJourneys', 1, 1_000_000, 20),
      cap: numberParam(extras, 'cap', CAP_RANGE[0], CAP_RANGE[1], 0.3),
    });
  }
}
