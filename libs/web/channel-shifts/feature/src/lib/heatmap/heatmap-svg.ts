import { escapeXml, roundSvg as round, svgDocumentStart } from '@journey-atlas/web/shared/ui';
import type { HeatmapLayout } from './heatmap-layout';

export const LEGEND_HEIGHT = 28;

/** A standalone SVG document of the heatmap with its values and legend (no page CSS). */
export function heatmapToSvg(layout: HeatmapLayout, title: string): string {
  const height = layout.height + LEGEND_HEIGHT;
  const out: string[] = [
    ...svgDocumentStart(layout.width, height, title),
    `<text x="${layout.plot.x0}" y="14" fill="#5b6675">to assisted channel →</text>`,
    `<text x="4" y="${layout.plot.y0 - 8}" fill="#5b6675">from self-service ↓</text>`,
  ];
  for (const column of layout.columns) {
    out.push(
      `<text x="${round(column.x)}" y="${layout.plot.y0 - 8}" text-anchor="middle" fill="#1b2430">${escapeXml(column.label)}</text>`,
    );
  }
  for (const row of layout.rows) {
    out.push(
      `<text x="${layout.plot.x0 - 8}" y="${round(row.y)}" dy="0.35em" text-anchor="end" fill="#1b2430">${escapeXml(row.label)}</text>`,
    );
  }
  for (const cell of layout.cells) {
    out.push(
      `<rect x="${round(cell.x)}" y="${round(cell.y)}" width="${round(cell.width)}" height="${cell.height}" ` +
        `fill="${cell.fill}" stroke="#ffffff" stroke-width="2"><title>${escapeXml(cell.description)}</title></rect>` +
        `<text x="${round(cell.x + cell.width / 2)}" y="${round(cell.y + cell.height / 2)}" dy="0.35em" ` +
        `text-anchor="middle" fill="${cell.text}">${escapeXml(cell.label)}</text>`,
    );
  }
  out.push(`<g transform="translate(${layout.plot.x0}, ${layout.height + 6})">`);
  out.push(`<text y="11" fill="#5b6675">Leak journeys</text>`);
  layout.legend.forEach((stop, i) => {
    const x = 96 + i * 64;
    out.push(
      `<rect x="${x}" y="0" width="14" height="14" fill="${stop.colour}"/>` +
        `<text x="${x + 18}" y="11" fill="#5b6675">${escapeXml(stop.label)}</text>`,
    );
  });
  out.push('</g>', '</svg>');
  return out.join('\n');
}
