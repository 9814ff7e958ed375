import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { SettingsUpdatedDto, WorkspaceSettingsDto } from '@journey-atlas/shared/domain';
import { SettingsService } from './settings.service';

const EXAMPLE_UPDATE = {
  timeZone: 'Europe/London',
  journeys: { windowSeconds: 432000 },
  channels: [
    { channel: 'phone', costPerContact: 7.5, serviceLevelSeconds: 30 },
    { channel: 'chat', hours: { weekdays: [1, 2, 3, 4, 5, 6], opens: '08:00', closes: '22:00' } },
  ],
};

@ApiTags('settings')
@Controller('v1/settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @ApiOperation({ summary: 'Time zone, journey rules and channel settings of a workspace' })
  @ApiQuery({ name: 'workspace', required: false, example: 'default' })
  @ApiOkResponse({ description: 'The settings the journey engine uses' })
  get(@Query('workspace') workspace?: string): Promise<WorkspaceSettingsDto> {
    return this.settings.get(workspace);
  }

  @Put()
  @ApiOperation({
    summary: 'Change any part of the settings; an effective change queues a journey rebuild',
  })
  @ApiQuery({ name: 'workspace', required: false, example: 'default' })
  @ApiBody({ schema: { type: 'object', example: EXAMPLE_UPDATE } })
  @ApiOkResponse({ description: '{ settings, rebuild: { jobId } | null }' })
  update(
    @Query('workspace') workspace: string | undefined,
    @Body() body: unknown,
  ): Promise<SettingsUpdatedDto> {
    return this.settings.update(workspace, body);
  }
}
