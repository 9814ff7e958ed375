import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  CHANNELS,
  type ChannelCatalogueDto,
  type ChannelSettingsDto,
  channelDefinition,
} from '@journey-atlas/shared/domain';
import { Repository } from 'typeorm';
import { ChannelSettingEntity } from '../entities/channel-setting.entity';
import { WorkspacesService } from './workspaces.service';

@Injectable()
export class ChannelSettingsService {
  constructor(
    private readonly workspaces: WorkspacesService,
    @InjectRepository(ChannelSettingEntity)
    private readonly settings: Repository<ChannelSettingEntity>,
  ) {}

  /** The channel catalogue with the workspace's settings, in catalogue order. */
  async catalogue(workspaceSlug: string): Promise<ChannelCatalogueDto> {
    const workspace = await this.workspaces.findBySlug(workspaceSlug);
    if (!workspace) throw new NotFoundException(`Workspace "${workspaceSlug}" does not exist`);
    const rows = await this.settings.findBy({ workspaceId: workspace.id });
    const byChannel = new Map(rows.map((row) => [row.channel, row]));
    const channels = CHANNELS.filter((channel) => byChannel.has(channel)).map((channel) =>
      toDto(byChannel.get(channel) as ChannelSettingEntity),
    );
    return {
      workspace: {
        id: workspace.id,
        slug: workspace.slug,
        name: workspace.name,
        timeZone: workspace.timeZone,
      },
      channels,
    };
  }
}

function toDto(row: ChannelSettingEntity): ChannelSettingsDto {
  const definition = channelDefinition(row.channel);
  return {
    channel: row.channel,
    label: definition.label,
    kind: definition.kind,
    costPerContact: row.costPerContact,
    serviceLevelSeconds: row.serviceLevelSeconds,
    serviceLevelShare: row.serviceLevelShare,
    hours: row.hours,
  };
}
