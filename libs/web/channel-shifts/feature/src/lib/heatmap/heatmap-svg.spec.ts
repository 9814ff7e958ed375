import { channelShiftsFixture, leakMatrix } from '@journey-atlas/web/channel-shifts/data-access';
import { layoutHeatmap } from './heatmap-layout';
import { heatmapToSvg } from './heatmap-svg';

const { SHIFTS } = channelShiftsFixture;

describe(heatmapToSvg.name, () => {
  it('is a standalone SVG document with labels, printed values and a legend', () => {
    const layout = layoutHeatmap(leakMatrix(SHIFTS.leaks), 600);
    const svg = heatmapToSvg(layout, 'Leaks & more');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.querySelector('title')?.textContent).toBe('Leaks & more');
    const texts = Array.from(root.querySelectorAll('text')).map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Web', 'App', 'Phone', 'Chat', '50', '7', '–']));
    expect(texts).toContain('Leak journeys');
    expect(root.querySelectorAll('rect[fill]').length).toBeGreaterThanOrEqual(4);
  });
});
