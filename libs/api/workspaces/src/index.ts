export * from './lib/workspaces.module';
export * from './lib/services/workspaces.service';
export * from './lib/services/channel-settings.service';
export * from './lib/entities/workspace.entity';
export * from './lib/entities/channel-setting.entity';
