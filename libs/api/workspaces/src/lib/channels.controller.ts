import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { ChannelCatalogueDto } from '@journey-atlas/shared/domain';
import { ChannelSettingsService } from './services/channel-settings.service';
import { DEFAULT_WORKSPACE_SLUG } from './services/workspaces.service';

@ApiTags('channels')
@Controller('v1/channels')
export class ChannelsController {
  constructor(private readonly channelSettings: ChannelSettingsService) {}

  @Get()
  @ApiOperation({
    summary: 'The channel catalogue with the workspace settings (cost, service level, hours)',
  })
  @ApiQuery({ name: 'workspace', required: false, example: DEFAULT_WORKSPACE_SLUG })
  @ApiOkResponse({
    description: 'Channels in catalogue order',
    schema: {
      example: {
        workspace: { id: '0b6c…', slug: 'default', name: 'Default workspace', timeZone: 'UTC' },
        channels: [
          {
            channel: 'phone',
            label: 'Phone',
            kind: 'assisted',
            costPerContact: 8,
            serviceLevelSeconds: 20,
            serviceLevelShare: 0.8,
            hours: { weekdays: [1, 2, 3, 4, 5], opens: '08:00', closes: '20:00' },
          },
        ],
      },
    },
  })
  list(@Query('workspace') workspace?: string): Promise<ChannelCatalogueDto> {
    return this.channelSettings.catalogue(workspace || DEFAULT_WORKSPACE_SLUG);
  }
}
