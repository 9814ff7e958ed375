import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SplitResultDto } from '@journey-atlas/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { FIND_IDENTIFIER, INSERT_CUSTOMER } from '../sql/customers.sql';
import {
  COUNT_IDENTIFIERS,
  LAST_MERGE_BY_IDENTIFIER,
  LOCK_CUSTOMER,
  MARK_MERGE_REVERSED,
  MOVE_IDENTIFIERS,
  MOVE_TOUCHPOINTS,
  RECORD_SPLIT,
  REVIVE_CUSTOMER,
} from '../sql/split.sql';
import { LOCK_WORKSPACE_IDENTITY, MARK_CUSTOMERS_CHANGED } from '../sql/stitch.sql';
import { CustomerProfileService } from './customer-profile.service';
import { IdentifierReferenceService } from './identifier-reference.service';
import { WorkspaceLookupService, type WorkspaceRef } from './workspace-lookup.service';

interface MergeRow {
  id: string;
  other_customer_id: string;
  moved_identifier_ids: string[];
}

/**
 * Undoes a wrong link: the identifier leaves the customer, together with what its merge
 * brought (identifiers, and touchpoints no remaining identifier explains), back to the
 * customer it came from, or to a new one. The identifier is pinned so it does not merge
 * the two again.
 */
@Injectable()
export class SplitService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workspaces: WorkspaceLookupService,
    private readonly references: IdentifierReferenceService,
    private readonly profiles: CustomerProfileService,
  ) {}

  async split(
    workspaceSlug: string | undefined,
    customerId: string,
    body: unknown,
  ): Promise<SplitResultDto> {
    const workspace = await this.workspaces.resolve(workspaceSlug);
    const reference = this.references.parse(
      (body as { identifier?: unknown } | null)?.identifier,
      'identifier',
    );
    const keyed = await this.references.key(workspace.id, reference, 'identifier');
    return this.dataSource.transaction(async (manager) => {
      const w = workspace.id;
      await manager.query(LOCK_WORKSPACE_IDENTITY, [w]);
      await this.checkCustomer(manager, workspace, customerId);
      const [identifier] = (await manager.query(FIND_IDENTIFIER, [
        w,
        keyed.kind,
        Buffer.from(keyed.keyHex, 'hex'),
      ])) as { id: string; customer_id: string }[];
      if (!identifier || identifier.customer_id !== customerId) {
        throw new NotFoundException(
          `The identifier ${keyed.kind}:${keyed.masked} is not linked to customer ${customerId}`,
        );
      }
      const [{ count }] = (await manager.query(COUNT_IDENTIFIERS, [w, customerId])) as {
        count: number;
      }[];
      if (count < 2) {
        throw new ConflictException(
          `${keyed.kind}:${keyed.masked} is the only identifier of customer ${customerId}: nothing to split it from`,
        );
      }
      const [merge] = (await manager.query(LAST_MERGE_BY_IDENTIFIER, [
        w,
        identifier.id,
      ])) as MergeRow[];
      const target = merge ? merge.other_customer_id : await this.newCustomer(manager, w);
      if (merge) {
        await manager.query(REVIVE_CUSTOMER, [w, target]);
        await manager.query(MARK_MERGE_REVERSED, [w, merge.id]);
      }
      const wanted = [...new Set([identifier.id, ...(merge?.moved_identifier_ids ?? [])])];
      const moved = (await manager.query(MOVE_IDENTIFIERS, [
        w,
        customerId,
        target,
        wanted,
        identifier.id,
      ])) as { id: string }[];
      const movedIds = moved.map((row) => row.id);
      const [{ count: movedTouchpoints }] = (await manager.query(MOVE_TOUCHPOINTS, [
        w,
        customerId,
        target,
        movedIds,
      ])) as { count: number }[];
      await manager.query(RECORD_SPLIT, [
        w,
        customerId,
        target,
        identifier.id,
        movedIds,
        movedTouchpoints,
      ]);
      await manager.query(MARK_CUSTOMERS_CHANGED, [w, [customerId, target]]);
      return {
        customer: await this.profiles.profile(workspace, customerId, manager),
        detachedTo: await this.profiles.profile(workspace, target, manager),
      };
    });
  }

  private async checkCustomer(
    manager: EntityManager,
    workspace: WorkspaceRef,
    customerId: string,
  ): Promise<void> {
    const [customer] = (await manager.query(LOCK_CUSTOMER, [workspace.id, customerId])) as {
      merged_into_id: string | null;
    }[];
    if (!customer) {
      throw new NotFoundException(
        `Customer ${customerId} does not exist in workspace "${workspace.slug}"`,
      );
    }
    if (customer.merged_into_id) {
      throw new ConflictException(
        `Customer ${customerId} was merged into ${customer.merged_into_id}; split from that customer`,
      );
    }
  }

  private async newCustomer(manager: EntityManager, workspaceId: string): Promise<string> {
    const [{ id }] = (await manager.query(INSERT_CUSTOMER, [workspaceId])) as { id: string }[];
    return id;
  }
}
