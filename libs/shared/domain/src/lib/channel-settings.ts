import type { Channel, ChannelKind, OperatingHours } from './channels';

/** A workspace's settings for one channel, as `GET /api/v1/channels` returns them. */
export interface ChannelSettingsDto {
  channel: Channel;
  label: string;
  kind: ChannelKind;
  costPerContact: number;
  serviceLevelSeconds: number | null;
  serviceLevelShare: number | null;
  /** `null` means always open. */
  hours: OperatingHours | null;
}

export interface ChannelCatalogueDto {
  workspace: { id: string; slug: string; name: string; timeZone: string };
  channels: ChannelSettingsDto[];
}
