import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { SettingsUpdatedDto, WorkspaceSettingsDto } from '@journey-atlas/shared/domain';
import { SETTINGS_EXAMPLE, SETTINGS_UPDATED_EXAMPLE } from '../dto/journeys.examples';
import { SettingsService } from './settings.service';

const EXAMPLE_UPDATE = {
  timeZone: 'Europe/London',
  journeys: { windowSeconds: 432000 },
  channels: [
    { channel: 'phone', costPerContact: 7.5, serviceLevelSeconds: 30 },
    { channel: 'chat', hours: { weekdays: [1, 2, 3, 4, 5, 6], opens: '08:00', closes: '22:00' } },
  ],
  // Most specific wins (channel, interactionType, each segment attribute count one);
  // ties: the later entry. Each list is replaced as a whole.
  serviceLevelOverrides: [
    { segment: { tier: 'gold' }, serviceLevelSeconds: 10, serviceLevelShare: 0.9 },
    { channel: 'email', interactionType: 'complaint', serviceLevelSeconds: 14400 },
  ],
  hoursOverrides: [
    {
      channel: 'phone',
      interactionType: 'billing',
      hours: { weekdays: [1, 2, 3, 4, 5, 6], opens: '08:00', closes: '20:00' },
    },
    { channel: 'phone', segment: { tier: 'platinum' }, hours: null },
  ],
  // Custom segment attributes counted in the rollups (at most 3, few values each).
  rollupAttributes: ['ageBand'],
};

@ApiTags('settings')
@Controller('v1/settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @ApiOperation({
    summary:
      'Time zone, journey rules, channel settings and service-level / hours overrides of a workspace',
  })
  @ApiQuery({ name: 'workspace', required: false, example: 'default' })
  @ApiOkResponse({
    description: 'The settings the journey engine uses',
    schema: { example: SETTINGS_EXAMPLE },
  })
  get(@Query('workspace') workspace?: string): Promise<WorkspaceSettingsDto> {
    return this.settings.get(workspace);
  }

  @Put()
  @ApiOperation({
    summary: 'Change any part of the settings; an effective change queues a journey rebuild',
    description:
      'serviceLevelOverrides and hoursOverrides override the channel settings per channel, ' +
      'interactionType and customer segment. For each field the matching override with the ' +
      'most conditions wins; on a tie the later one. rollupAttributes names up to 3 custom ' +
      'segment attributes that the rollups count, so filters on them answer as fast as ' +
      'on the built-in ones once the queued rebuild ends (rollupAttributesCounted). ' +
      'A bad value is a 400 naming the field.',
  })
  @ApiQuery({ name: 'workspace', required: false, example: 'default' })
  @ApiBody({ schema: { type: 'object', example: EXAMPLE_UPDATE } })
  @ApiOkResponse({
    description: '{ settings, rebuild: { jobId } | null }',
    schema: { example: SETTINGS_UPDATED_EXAMPLE },
  })
  update(
    @Query('workspace') workspace: string | undefined,
    @Body() body: unknown,
  ): Promise<SettingsUpdatedDto> {
    return this.settings.update(workspace, body);
  }
}
