import { channelShiftsFixture, leakMatrix } from '@journey-atlas/web/channel-shifts/data-access';
import { EMPTY_FILL, contrast, heatColour, layoutHeatmap, textColour } from './heatmap-layout';

const { SHIFTS } = channelShiftsFixture;

describe(heatColour.name, () => {
  it('darkens monotonically with the value, so order survives colour blindness and greyscale', () => {
    const lightness = (hex: string) => contrast(hex, '#000000');
    const values = [1, 10, 20, 30, 40, 50];
    const shades = values.map((v) => lightness(heatColour(v, 50)));
    for (let i = 1; i < shades.length; i++) expect(shades[i]).toBeLessThan(shades[i - 1]);
  });

  it('keeps empty cells neutral and distinct from the smallest count', () => {
    expect(heatColour(0, 50)).toBe(EMPTY_FILL);
    expect(heatColour(5, 0)).toBe(EMPTY_FILL);
    expect(heatColour(1, 50)).not.toBe(EMPTY_FILL);
  });

  it('prints values in a colour that reads on every fill (WCAG AA, 4.5:1)', () => {
    for (let value = 0; value <= 100; value += 1) {
      const fill = heatColour(value, 100);
      expect(contrast(fill, textColour(fill))).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe(layoutHeatmap.name, () => {
  const matrix = leakMatrix(SHIFTS.leaks);
  const layout = layoutHeatmap(matrix, 600);

  it('lays out one cell per from x to pair, rows self-service, columns assisted', () => {
    expect(layout.rows.map((r) => r.label)).toEqual(['Web', 'App']);
    expect(layout.columns.map((c) => c.label)).toEqual(['Phone', 'Chat']);
    expect(layout.cells.map((c) => [c.key, c.label])).toEqual([
      ['web>phone', '50'],
      ['web>chat', '3'],
      ['app>phone', '–'],
      ['app>chat', '7'],
    ]);
    const [first, second, third] = layout.cells;
    expect(second.x).toBe(first.x + first.width);
    expect(third.y).toBe(first.y + first.height);
    expect(layout.plot.x1).toBeLessThanOrEqual(layout.width);
  });

  it('describes each cell for screen readers, intents most journeys first', () => {
    expect(layout.cells[0].description).toBe(
      'Web to Phone: 50 leak journeys, assisted cost $400; intents: plan-change 40, billing 10',
    );
    expect(layout.cells[2].description).toBe('App to Phone: no leaks');
    expect(layout.cells[2].cell).toBeNull();
  });

  it('keeps columns readable on a narrow screen and gives a legend up to the maximum', () => {
    const narrow = layoutHeatmap(matrix, 150);
    expect(narrow.cells[0].width).toBe(56);
    expect(narrow.width).toBeGreaterThanOrEqual(narrow.plot.x1);
    expect(layout.legend.map((s) => s.value)).toEqual([10, 20, 30, 40, 50]);
  });
});
