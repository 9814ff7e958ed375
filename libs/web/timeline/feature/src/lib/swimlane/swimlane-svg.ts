import { escapeXml, roundSvg as round, svgDocumentStart } from '@journey-atlas/web/shared/ui';
import type { SwimlaneLayout, SwimlaneMark } from './swimlane-layout';

export const LEGEND_HEIGHT = 24;
const INK = '#1b2430';
const MUTED = '#5b6675';
const LINE = '#dde3ea';
const LANE_FILL = { self_service: '#eef7f3', assisted: '#eef3f9' } as const;

/** A touchpoint's mark: a square for assisted contacts, a circle for self-service. */
export function markPath(mark: Pick<SwimlaneMark, 'x' | 'y' | 'assisted'>, size = 6): string {
  const { x, y } = mark;
  if (mark.assisted) {
    return `M${round(x - size)},${round(y - size)}h${size * 2}v${size * 2}h${-size * 2}Z`;
  }
  return (
    `M${round(x - size)},${round(y)}a${size},${size} 0 1,0 ${size * 2},0` +
    `a${size},${size} 0 1,0 ${-size * 2},0Z`
  );
}

/** The friction marker above a mark: a small warning triangle. */
export function frictionPath(mark: Pick<SwimlaneMark, 'x' | 'y'>): string {
  const { x, y } = mark;
  return `M${round(x)},${round(y - 21)}l6,10h-12Z`;
}

/**
 * A standalone SVG document of the swimlanes, built from the layout (no page CSS), so the
 * file keeps its colours and the browser is not needed to test it.
 */
export function swimlaneToSvg(layout: SwimlaneLayout, title: string): string {
  const height = layout.height + LEGEND_HEIGHT;
  const { plot } = layout;
  const out: string[] = [...svgDocumentStart(layout.width, height, title)];
  for (const lane of layout.lanes) {
    out.push(
      `<rect x="${plot.x0}" y="${lane.y0}" width="${round(plot.x1 - plot.x0)}" height="${lane.y1 - lane.y0}" ` +
        `fill="${LANE_FILL[lane.kind]}" stroke="${LINE}"/>` +
        `<text x="${plot.x0 - 8}" y="${(lane.y0 + lane.y1) / 2}" dy="0.35em" text-anchor="end" fill="${INK}">` +
        `${escapeXml(lane.label)}</text>`,
    );
  }
  for (const tick of layout.ticks) {
    out.push(
      `<text x="${round(tick.x)}" y="${plot.y1 + 16}" text-anchor="middle" fill="${MUTED}">${escapeXml(tick.label)}</text>`,
    );
  }
  for (const box of layout.journeys) {
    const dash = box.dash ? ` stroke-dasharray="${box.dash}"` : '';
    out.push(
      `<rect x="${round(box.x0)}" y="${round(box.y0)}" width="${round(box.x1 - box.x0)}" ` +
        `height="${round(box.y1 - box.y0)}" rx="6" fill="none" stroke="${box.colour}" stroke-width="2"${dash}>` +
        `<title>${escapeXml(box.description)}</title></rect>` +
        `<text x="${round(box.x0)}" y="${round(box.y0 - 4)}" fill="${INK}" font-weight="600">${box.label}</text>`,
    );
  }
  for (const mark of layout.marks) {
    out.push(
      `<path d="${markPath(mark)}" fill="${mark.colour}" stroke="${INK}" stroke-width="1">` +
        `<title>${escapeXml(mark.description)}</title></path>`,
    );
    if (mark.entry.friction.length) {
      out.push(`<path d="${frictionPath(mark)}" fill="${INK}"/>`);
    }
  }
  const legendY = layout.height + 4;
  out.push(
    `<g transform="translate(${plot.x0}, ${legendY})" fill="${MUTED}">`,
    `<path d="${frictionPath({ x: 6, y: 21 })}" fill="${INK}"/>`,
    `<text x="16" y="10">friction: ${escapeXml(
      layout.friction.map((f) => `${f.label} (${f.rule})`).join('; ') || 'none',
    )}</text>`,
    '</g>',
    '</svg>',
  );
  return out.join('\n');
}
