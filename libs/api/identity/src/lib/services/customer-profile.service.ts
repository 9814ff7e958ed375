import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CustomerProfileDto,
  IdentifierKind,
  IdentityHistoryDto,
  MaskedIdentifierDto,
} from '@journey-atlas/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import {
  COUNT_TOUCHPOINTS,
  SELECT_CUSTOMER,
  SELECT_CUSTOMER_IDENTIFIERS,
  SELECT_HISTORY,
} from '../sql/customers.sql';
import type { WorkspaceRef } from './workspace-lookup.service';

interface CustomerRow {
  id: string;
  merged_into_id: string | null;
  region: string | null;
  tier: string | null;
  value_band: string | null;
  special_needs: string | null;
  attributes: Record<string, unknown>;
  created_at: Date;
}

interface HistoryRow {
  action: 'merge' | 'split';
  created_at: Date;
  customer_id: string;
  other_customer_id: string;
  touchpoint_source: string | null;
  touchpoint_external_id: string | null;
  moved_touchpoints: number;
  kind: IdentifierKind | null;
  masked: string | null;
}

/** The customer profile: segments, masked identifiers, touchpoint count, merge history. */
@Injectable()
export class CustomerProfileService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async profile(
    workspace: WorkspaceRef,
    customerId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CustomerProfileDto> {
    const params = [workspace.id, customerId];
    const [customer] = (await manager.query(SELECT_CUSTOMER, params)) as CustomerRow[];
    if (!customer) {
      throw new NotFoundException(
        `Customer ${customerId} does not exist in workspace "${workspace.slug}"`,
      );
    }
    // One after another: inside a transaction they share one connection.
    const identifiers = (await manager.query(SELECT_CUSTOMER_IDENTIFIERS, params)) as {
      kind: IdentifierKind;
      masked: string;
      merge_block: MaskedIdentifierDto['mergeBlock'];
    }[];
    const [{ count }] = (await manager.query(COUNT_TOUCHPOINTS, params)) as { count: number }[];
    const history = (await manager.query(SELECT_HISTORY, params)) as HistoryRow[];
    return {
      id: customer.id,
      workspace: workspace.slug,
      mergedIntoId: customer.merged_into_id,
      region: customer.region,
      tier: customer.tier,
      valueBand: customer.value_band,
      specialNeeds: customer.special_needs,
      attributes: customer.attributes,
      createdAt: customer.created_at.toISOString(),
      identifiers: identifiers.map((row) => ({
        kind: row.kind,
        masked: row.masked,
        mergeBlock: row.merge_block,
      })),
      touchpointCount: count,
      history: history.map((row) => toHistory(row, customerId)),
    };
  }
}

function toHistory(row: HistoryRow, customerId: string): IdentityHistoryDto {
  return {
    action: row.action,
    at: row.created_at.toISOString(),
    otherCustomerId: row.customer_id === customerId ? row.other_customer_id : row.customer_id,
    touchpoint:
      row.touchpoint_source !== null && row.touchpoint_external_id !== null
        ? { source: row.touchpoint_source, id: row.touchpoint_external_id }
        : null,
    identifier: row.kind && row.masked ? { kind: row.kind, masked: row.masked } : null,
    movedTouchpoints: row.moved_touchpoints,
  };
}
