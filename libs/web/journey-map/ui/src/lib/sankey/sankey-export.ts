import { escapeXml, roundSvg as round, svgDocumentStart } from '@journey-atlas/web/shared/ui';
import { frictionLegend } from './friction-colour';
import { NODE_STYLES, labelText, showsLabel } from './node-style';
import type { SankeyLayout } from './sankey-layout';

const LEGEND_HEIGHT = 28;

/**
 * A standalone SVG document of the map, built from the layout rather than the live DOM, so
 * the file carries its own colours and fonts (no page CSS) and needs no browser to test.
 */
export function sankeyToSvg(layout: SankeyLayout, title: string): string {
  const height = layout.height + LEGEND_HEIGHT;
  const out: string[] = [
    ...svgDocumentStart(layout.width, height, title),
    `<g fill="none" stroke-opacity="0.65">`,
  ];
  for (const link of layout.links) {
    out.push(
      `<path d="${link.path}" stroke="${link.colour}" stroke-width="${round(link.width)}">` +
        `<title>${escapeXml(link.description)}</title></path>`,
    );
  }
  out.push('</g>', '<g>');
  for (const node of layout.nodes) {
    const style = NODE_STYLES[node.kind];
    const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
    out.push(
      `<rect x="${round(node.x0)}" y="${round(node.y0)}" width="${round(node.x1 - node.x0)}" ` +
        `height="${round(Math.max(1, node.y1 - node.y0))}" fill="${style.fill}" ` +
        `stroke="${style.stroke}"${dash}><title>${escapeXml(node.description)}</title></rect>`,
    );
    if (showsLabel(node, layout)) {
      out.push(
        `<text x="${round(node.x1 + 6)}" y="${round((node.y0 + node.y1) / 2)}" ` +
          `dy="0.35em" fill="#1b2430">${escapeXml(labelText(node))}</text>`,
      );
    }
  }
  out.push('</g>', `<g transform="translate(1, ${layout.height + 8})">`);
  out.push(`<text y="10" fill="#5b6675">Friction rate</text>`);
  frictionLegend().forEach((stop, i) => {
    const x = 90 + i * 56;
    out.push(
      `<rect x="${x}" y="0" width="14" height="12" fill="${stop.colour}"/>` +
        `<text x="${x + 18}" y="10" fill="#5b6675">${stop.label}</text>`,
    );
  });
  out.push('</g>', '</svg>');
  return out.join('\n');
}

export function svgDocumentHeight(layout: SankeyLayout): number {
  return layout.height + LEGEND_HEIGHT;
}
