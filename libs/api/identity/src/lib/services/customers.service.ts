import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CustomerProfileDto,
  type CustomerUpsert,
  validateCustomerUpsert,
} from '@journey-atlas/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import {
  FIND_IDENTIFIER,
  INSERT_CUSTOMER,
  INSERT_IDENTIFIER,
  UPDATE_SEGMENTS,
} from '../sql/customers.sql';
import { LOCK_WORKSPACE_IDENTITY } from '../sql/stitch.sql';
import { CustomerProfileService } from './customer-profile.service';
import type { KeyedIdentifier } from './identifier-keyer';
import { IdentifierReferenceService } from './identifier-reference.service';
import { WorkspaceLookupService, type WorkspaceRef } from './workspace-lookup.service';

/** Finding customers by identifier and upserting their segment attributes. */
@Injectable()
export class CustomersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workspaces: WorkspaceLookupService,
    private readonly references: IdentifierReferenceService,
    private readonly profiles: CustomerProfileService,
  ) {}

  async findByIdentifier(
    workspaceSlug: string | undefined,
    rawIdentifier: unknown,
  ): Promise<CustomerProfileDto> {
    if (rawIdentifier === undefined || rawIdentifier === '') {
      throw new BadRequestException(
        'Query parameter identifier is required, e.g. ?identifier=email:ana@x.com',
      );
    }
    const workspace = await this.workspaces.resolve(workspaceSlug);
    const reference = this.references.parse(rawIdentifier, 'identifier');
    const keyed = await this.references.key(workspace.id, reference, 'identifier');
    const customerId = await this.customerOf(this.dataSource.manager, workspace.id, keyed);
    if (!customerId) {
      throw new NotFoundException(`No customer has the identifier ${keyed.kind}:${keyed.masked}`);
    }
    return this.profiles.profile(workspace, customerId);
  }

  async get(workspaceSlug: string | undefined, customerId: string): Promise<CustomerProfileDto> {
    return this.profiles.profile(await this.workspaces.resolve(workspaceSlug), customerId);
  }

  /** Sets segments on the customer the identifier names, creating the customer if unknown. */
  async upsert(workspaceSlug: string | undefined, body: unknown): Promise<CustomerProfileDto> {
    const validation = validateCustomerUpsert(body);
    if (!validation.ok) {
      throw new BadRequestException({
        message: validation.errors.map((e) => `${e.field} ${e.message}`).join('; '),
        errors: validation.errors,
      });
    }
    const input = validation.value;
    const workspace = await this.workspaces.resolve(workspaceSlug);
    const keyed = await this.references.key(workspace.id, input.identifier, 'identifier');
    return this.dataSource.transaction(async (manager) => {
      await manager.query(LOCK_WORKSPACE_IDENTITY, [workspace.id]);
      const customerId =
        (await this.customerOf(manager, workspace.id, keyed)) ??
        (await this.create(manager, workspace, keyed));
      await manager.query(UPDATE_SEGMENTS, [workspace.id, customerId, ...segmentParams(input)]);
      return this.profiles.profile(workspace, customerId, manager);
    });
  }

  private async customerOf(
    manager: EntityManager,
    workspaceId: string,
    keyed: KeyedIdentifier,
  ): Promise<string | undefined> {
    const [row] = (await manager.query(FIND_IDENTIFIER, [
      workspaceId,
      keyed.kind,
      Buffer.from(keyed.keyHex, 'hex'),
    ])) as { customer_id: string }[];
    return row?.customer_id;
  }

  private async create(
    manager: EntityManager,
    workspace: WorkspaceRef,
    keyed: KeyedIdentifier,
  ): Promise<string> {
    const [{ id }] = (await manager.query(INSERT_CUSTOMER, [workspace.id])) as { id: string }[];
    await manager.query(INSERT_IDENTIFIER, [
      workspace.id,
      id,
      keyed.kind,
      Buffer.from(keyed.keyHex, 'hex'),
      keyed.masked,
    ]);
    return id;
  }
}

function segmentParams(input: CustomerUpsert): unknown[] {
  const pair = (value: string | null | undefined) => [value !== undefined, value ?? null];
  return [
    ...pair(input.region),
    ...pair(input.tier),
    ...pair(input.valueBand),
    ...pair(input.specialNeeds),
    JSON.stringify(input.attributes ?? {}),
  ];
}
