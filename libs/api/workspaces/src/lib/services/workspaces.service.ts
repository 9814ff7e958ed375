import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { CHANNEL_CATALOGUE } from '@journey-atlas/shared/domain';
import { DataSource, Repository } from 'typeorm';
import { WorkspaceEntity } from '../entities/workspace.entity';

export const DEFAULT_WORKSPACE_SLUG = 'default';

@Injectable()
export class WorkspacesService implements OnApplicationBootstrap {
  private readonly logger = new Logger(WorkspacesService.name);

  constructor(
    @InjectRepository(WorkspaceEntity) private readonly workspaces: Repository<WorkspaceEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureWorkspace(DEFAULT_WORKSPACE_SLUG, 'Default workspace');
  }

  async findBySlug(slug: string): Promise<WorkspaceEntity | null> {
    return this.workspaces.findOneBy({ slug });
  }

  /**
   * Creates the workspace if needed and gives it a settings row for every catalogue
   * channel it lacks (catalogue defaults), without touching settings already edited.
   * Safe to run concurrently: both statements are idempotent upserts.
   */
  async ensureWorkspace(slug: string, name: string): Promise<WorkspaceEntity> {
    await this.workspaces.createQueryBuilder().insert().values({ slug, name }).orIgnore().execute();
    const workspace = await this.workspaces.findOneByOrFail({ slug });
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO channel_setting (workspace_id, channel, cost_per_contact, service_level_seconds,
                                    service_level_share, hours)
       SELECT $1, d.channel, d.cost, d.sl_seconds, d.sl_share, d.hours
         FROM jsonb_to_recordset($2::jsonb)
              AS d(channel text, cost numeric, sl_seconds integer, sl_share numeric, hours jsonb)
       ON CONFLICT (workspace_id, channel) DO NOTHING
       RETURNING channel`,
      [
        workspace.id,
        JSON.stringify(
          CHANNEL_CATALOGUE.map((d) => ({
            channel: d.channel,
            cost: d.costPerContact,
            sl_seconds: d.serviceLevelSeconds,
            sl_share: d.serviceLevelShare,
            hours: d.hours,
          })),
        ),
      ],
    );
    if (inserted.length > 0) {
      this.logger.log(
        `Workspace "${slug}": added default settings for ${inserted.length} channels`,
      );
    }
    return workspace;
  }
}
