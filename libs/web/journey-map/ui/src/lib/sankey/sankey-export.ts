import { frictionLegend } from './friction-colour';
import { NODE_STYLES, labelText, showsLabel } from './node-style';
import type { SankeyLayout } from './sankey-layout';

const LEGEND_HEIGHT = 28;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A standalone SVG document of the map, built from the layout rather than the live DOM, so
 * the file carries its own colours and fonts (no page CSS) and needs no browser to test.
 */
export function sankeyToSvg(layout: SankeyLayout, title: string): string {
  const height = layout.height + LEGEND_HEIGHT;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${height}" ` +
      `viewBox="0 0 ${layout.width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
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

/** `journey-map-2026-11-25.svg`: a file name a person can find again. */
export function exportFileName(title: string, extension: 'svg' | 'png', now = new Date()): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'chart'}-${now.toISOString().slice(0, 10)}.${extension}`;
}

/** Rasterises an SVG document through a canvas (browser only), at `scale` for sharp prints. */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw to a canvas.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function svgDocumentHeight(layout: SankeyLayout): number {
  return layout.height + LEGEND_HEIGHT;
}

/** Hands a file to the browser's download (an anchor with `download`). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
