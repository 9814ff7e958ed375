import type {
  JourneyMapDto,
  JourneyMapLinkDto,
  JourneyMapNodeDto,
  JourneyMapTotalsDto,
} from '@journey-atlas/shared/domain';

/** A node of `GET /api/v1/journey-map`: `s<step>:<channel>`, `other` or an exit. */
export type JourneyMapNode = JourneyMapNodeDto;

export type JourneyMapLink = JourneyMapLinkDto;

/**
 * What the chart draws: the API answer's nodes and links; totals are optional so that
 * synthetic maps (the render bench) can be drawn too.
 */
export type JourneyMapData = Pick<JourneyMapDto, 'nodes' | 'links'> & {
  totals?: Partial<JourneyMapTotalsDto>;
};

/** How a node is drawn: a channel (assisted or self-service), the folded rest, or an exit. */
export type SankeyNodeKind = 'assisted' | 'self_service' | 'other' | 'resolved' | 'unresolved';
