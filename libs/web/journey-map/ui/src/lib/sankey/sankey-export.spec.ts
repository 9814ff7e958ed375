import { sankeyToSvg, svgDocumentHeight } from './sankey-export';
import { layoutSankey } from './sankey-layout';
import { smallJourneyMap } from './testing-fixture';

describe(sankeyToSvg.name, () => {
  const layout = layoutSankey(smallJourneyMap(), 800, 400);

  it('writes a well-formed standalone SVG with one path per link and one rect per node', () => {
    const svg = sankeyToSvg(layout, 'Journey map <router offline> & more');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('height'))).toBe(svgDocumentHeight(layout));
    expect(root.querySelector('title')?.textContent).toBe('Journey map <router offline> & more');
    expect(doc.querySelectorAll('path')).toHaveLength(8);
    // 7 nodes plus a white background and 6 legend swatches
    expect(doc.querySelectorAll('rect')).toHaveLength(7 + 1 + 6);
  });

  it('keeps colours, counts and exit marks in the file itself', () => {
    const svg = sankeyToSvg(layout, 'Journey map');
    const link = layout.links.find((l) => l.id === '1:phone->unresolved');
    expect(svg).toContain(`stroke="${link?.colour}"`);
    expect(svg).toContain('Resolved ✓');
    expect(svg).toContain('Unresolved ✗');
    expect(svg).toContain('stroke-dasharray="4 2"');
    expect(svg).toContain('step 1 Web to step 2 Phone: 60 journeys');
    expect(svg).not.toMatch(/NaN|undefined|var\(/);
  });
});
