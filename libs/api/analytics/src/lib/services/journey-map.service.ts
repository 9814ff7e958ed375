import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  JourneyMapDto,
  JourneyMapLinkDto,
  JourneyMapNodeDto,
} from '@journey-atlas/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { ResolvedFilter } from '../sql/filter.sql';
import {
  type MapLinkRow,
  type MapRequest,
  type MapTotalsRow,
  journeyMapSql,
} from '../sql/journey-map.sql';
import { slotDays, slotsServeFilter } from '../sql/slot-rollup.sql';
import { AnswerCache } from './answer-cache.service';
import { filterDto } from './filter-dto';
import { analyticsTransaction } from './analytics-transaction';
import type { ReadOptions } from './metric-sums';
import { slotMapRows, slotsServeMap } from './slot-map';

const nodeId = (pos: number, node: string) => `s${pos}:${node}`;
const exitId = (resolved: boolean) => (resolved ? 'exit:resolved' : 'exit:unresolved');

/** Sankey-ready step-wise channel flows; every journey counted once per shown step. */
@Injectable()
export class JourneyMapService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: AnswerCache,
  ) {}

  /** The map, cached per data version; from the slot rollups when they serve it. */
  async journeyMap(
    filter: ResolvedFilter,
    request: MapRequest,
    read: ReadOptions = {},
  ): Promise<JourneyMapDto> {
    const slots =
      (read.slots ?? true) && slotsServeMap(filter, request) && slotsServeFilter(filter);
    const compute = () => this.compute(filter, request, slots);
    return read.cache === false
      ? compute()
      : this.cache.answer(filter.workspaceId, 'journey-map', [filter, request, slots], compute);
  }

  private async compute(
    filter: ResolvedFilter,
    request: MapRequest,
    slots: boolean,
  ): Promise<JourneyMapDto> {
    const { links, totals } = await analyticsTransaction(this.dataSource, async (manager) => {
      if (slots) {
        const window = { lo: filter.fromAt, hi: filter.toAt, currentFrom: null };
        const days = await slotDays(
          (text, values) => manager.query(text, values),
          filter,
          window,
        );
        if (days) return slotMapRows(manager, filter, days, request);
      }
      return this.factRows(manager, filter, request);
    });

    const nodes = new Map<string, JourneyMapNodeDto>();
    const exits = new Map<string, number>();
    // Journeys that leave the map at each node, for the links' drop-off.
    const endings = new Map<string, number>();
    for (const link of links) {
      const id = nodeId(link.pos, link.node);
      const node = nodes.get(id) ?? { id, step: link.pos, channel: link.node, count: 0 };
      node.count += link.count;
      nodes.set(id, node);
      if (link.next_node === null) {
        const exit = exitId(link.resolved === true);
        exits.set(exit, (exits.get(exit) ?? 0) + link.count);
        endings.set(id, (endings.get(id) ?? 0) + link.count);
      }
    }
    const exitStep = Math.max(0, ...links.map((link) => link.pos + 1));
    const sortedNodes = [...nodes.values()].sort(
      (a, b) =>
        a.step - b.step ||
        Number(a.channel === 'other') - Number(b.channel === 'other') ||
        b.count - a.count ||
        (a.channel < b.channel ? -1 : 1),
    );
    const exitNodes: JourneyMapNodeDto[] = [true, false]
      .map((resolved) => ({
        id: exitId(resolved),
        step: exitStep,
        channel: resolved ? 'resolved' : 'unresolved',
        count: exits.get(exitId(resolved)) ?? 0,
      }))
      .filter((exit) => exit.count > 0);
    return {
      filter: filterDto(filter),
      nodes: [...sortedNodes, ...exitNodes],
      links: links
        .map((link) => toLink(link, nodes, endings))
        .sort(
          (a, b) =>
            (nodes.get(a.source)?.step ?? 0) - (nodes.get(b.source)?.step ?? 0) ||
            b.count - a.count ||
            (a.source + a.target < b.source + b.target ? -1 : 1),
        ),
      totals: {
        journeys: totals.journeys,
        resolved: totals.resolved,
        unresolved: totals.journeys - totals.resolved,
        truncated: totals.truncated,
        folded: totals.folded,
        minCount: totals.min_count,
      },
    };
  }

  private async factRows(
    manager: EntityManager,
    filter: ResolvedFilter,
    request: MapRequest,
  ): Promise<{ links: MapLinkRow[]; totals: MapTotalsRow }> {
    const { text, values } = journeyMapSql(filter, request);
    const rows = (await manager.query(text, values)) as (
      | { kind: 'link'; row: MapLinkRow }
      | { kind: 'totals'; row: MapTotalsRow }
    )[];
    const links: MapLinkRow[] = [];
    let totals: MapTotalsRow | undefined;
    for (const entry of rows) {
      if (entry.kind === 'link') links.push(entry.row);
      else totals = entry.row;
    }
    if (!totals) throw new Error('The journey map query returned no totals');
    return { links, totals };
  }
}

function toLink(
  link: MapLinkRow,
  nodes: Map<string, JourneyMapNodeDto>,
  endings: Map<string, number>,
): JourneyMapLinkDto {
  const source = nodeId(link.pos, link.node);
  const sourceCount = nodes.get(source)?.count ?? 0;
  return {
    source,
    target:
      link.next_node === null
        ? exitId(link.resolved === true)
        : nodeId(link.pos + 1, link.next_node),
    count: link.count,
    frictionRate: link.with_friction / link.count,
    medianGapHours: link.median_gap === null ? null : link.median_gap / 3600,
    dropOff: sourceCount === 0 ? 0 : (endings.get(source) ?? 0) / sourceCount,
  };
}
