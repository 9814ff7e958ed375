import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataQualityIdentifiersDto, IdentifierKind } from '@journey-atlas/shared/domain';
import { DataSource } from 'typeorm';
import { SELECT_CAPPED_IDENTIFIERS } from '../sql/customers.sql';
import { IdentitySettingsService } from './identity-settings.service';
import { WorkspaceLookupService } from './workspace-lookup.service';

const MAX_LISTED = 1_000;

/** Identifiers that would have glued too many customers together (shared phones, kiosks). */
@Injectable()
export class DataQualityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workspaces: WorkspaceLookupService,
    private readonly settings: IdentitySettingsService,
  ) {}

  async cappedIdentifiers(workspaceSlug: string | undefined): Promise<DataQualityIdentifiersDto> {
    const workspace = await this.workspaces.resolve(workspaceSlug);
    const settings = await this.settings.forWorkspace(workspace.id);
    const rows = (await this.dataSource.query(SELECT_CAPPED_IDENTIFIERS, [
      workspace.id,
      MAX_LISTED,
    ])) as {
      kind: IdentifierKind;
      masked: string;
      customer_id: string;
      linked_customers: number;
      blocked_at: Date | null;
    }[];
    return {
      workspace: workspace.slug,
      cap: settings.identifierCap,
      identifiers: rows.map((row) => ({
        kind: row.kind,
        masked: row.masked,
        customerId: row.customer_id,
        linkedCustomers: row.linked_customers,
        blockedAt: row.blocked_at?.toISOString() ?? null,
      })),
    };
  }
}
