import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DEFAULT_WORKSPACE_SLUG } from '@journey-atlas/api/workspaces';
import type { GoalFieldError, GoalNodeDto, GoalNodeListDto } from '@journey-atlas/shared/domain';
import type { Repository } from 'typeorm';
import {
  type GoalNodeValues,
  checkGoalNodeCreate,
  checkGoalNodeUpdate,
  isUuid,
  parentLevel,
} from '../dto/goal-node-input';
import { GoalNodeEntity } from '../entities/goal-node.entity';
import { FIND_WORKSPACE, SUBTREE_SIZE } from '../sql/goals.sql';

export interface WorkspaceRef {
  id: string;
  slug: string;
  timeZone: string;
}

/** A 400 whose message names every bad field, with the list as `errors`. */
export function badFields(errors: GoalFieldError[]): never {
  throw new BadRequestException({
    message: errors.map((e) => `${e.field} ${e.message}`).join('; '),
    errors,
  });
}

export function toDto(node: GoalNodeEntity): GoalNodeDto {
  return {
    id: node.id,
    level: node.level,
    parentId: node.parentId,
    name: node.name,
    goalKind: node.goalKind,
    metric: node.metric,
    target: node.target,
    targetDate: node.targetDate,
    role: node.role,
    metricKind: node.metricKind,
    team: node.team,
    agent: node.agent,
    channel: node.channel,
    intent: node.intent,
    createdAt: node.createdAt.toISOString(),
    updatedAt: node.updatedAt.toISOString(),
  };
}

/** The stored metrics pyramid of a workspace: create, edit and delete its nodes. */
@Injectable()
export class GoalsService {
  constructor(
    @InjectRepository(GoalNodeEntity) private readonly nodes: Repository<GoalNodeEntity>,
  ) {}

  async workspace(slug: string | undefined): Promise<WorkspaceRef> {
    const wanted = slug === undefined || slug === '' ? DEFAULT_WORKSPACE_SLUG : slug;
    if (typeof wanted !== 'string')
      badFields([{ field: 'workspace', message: 'must be given once' }]);
    const [row] = (await this.nodes.query(FIND_WORKSPACE, [wanted])) as {
      id: string;
      slug: string;
      time_zone: string;
    }[];
    if (!row) {
      badFields([
        { field: 'workspace', message: `names no workspace ("${wanted}"); use an existing slug` },
      ]);
    }
    return { id: row.id, slug: row.slug, timeZone: row.time_zone };
  }

  async all(workspace: WorkspaceRef): Promise<GoalNodeDto[]> {
    const rows = await this.nodes.find({
      where: { workspaceId: workspace.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toDto);
  }

  async list(slug: string | undefined): Promise<GoalNodeListDto> {
    const workspace = await this.workspace(slug);
    return { workspace: workspace.slug, nodes: await this.all(workspace) };
  }

  async get(slug: string | undefined, id: string): Promise<GoalNodeDto> {
    const workspace = await this.workspace(slug);
    return toDto(await this.find(workspace, id));
  }

  async create(slug: string | undefined, body: unknown): Promise<GoalNodeDto> {
    const workspace = await this.workspace(slug);
    const checked = checkGoalNodeCreate(body);
    if (!checked.ok) badFields(checked.errors);
    const { level, parentId, ...values } = checked.value;
    const above = parentLevel(level);
    if (above !== null && parentId !== null) {
      const parent = await this.nodes.findOne({
        where: { id: parentId, workspaceId: workspace.id },
      });
      if (!parent) {
        badFields([
          { field: 'parentId', message: `names no node of workspace "${workspace.slug}"` },
        ]);
      }
      if (parent.level !== above) {
        badFields([
          {
            field: 'parentId',
            message: `must name a ${above} node for a ${level} node (it names a ${parent.level} node)`,
          },
        ]);
      }
    }
    const saved = await this.nodes.save(
      this.nodes.create({ workspaceId: workspace.id, level, parentId, ...values }),
    );
    return toDto(await this.find(workspace, saved.id));
  }

  async update(slug: string | undefined, id: string, body: unknown): Promise<GoalNodeDto> {
    const workspace = await this.workspace(slug);
    const node = await this.find(workspace, id);
    const checked = checkGoalNodeUpdate(body, node.level);
    if (!checked.ok) badFields(checked.errors);
    const values: GoalNodeValues = checked.value;
    await this.nodes.update({ id: node.id, workspaceId: workspace.id }, values);
    return toDto(await this.find(workspace, id));
  }

  /** Deletes the node and everything below it (FK cascade); answers how many went. */
  async remove(slug: string | undefined, id: string): Promise<{ id: string; deleted: number }> {
    const workspace = await this.workspace(slug);
    const node = await this.find(workspace, id);
    return this.nodes.manager.transaction(async (manager) => {
      const [{ nodes }] = (await manager.query(SUBTREE_SIZE, [workspace.id, node.id])) as {
        nodes: number;
      }[];
      await manager.delete(GoalNodeEntity, { id: node.id, workspaceId: workspace.id });
      return { id: node.id, deleted: nodes };
    });
  }

  private async find(workspace: WorkspaceRef, id: string): Promise<GoalNodeEntity> {
    if (!isUuid(id)) badFields([{ field: 'id', message: `must be a UUID (got "${id}")` }]);
    const node = await this.nodes.findOne({ where: { id, workspaceId: workspace.id } });
    if (!node) throw new NotFoundException(`No goal node ${id} in workspace "${workspace.slug}"`);
    return node;
  }
}
