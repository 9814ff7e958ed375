import { cellAt, leakMatrix } from './leak-matrix';
import { SHIFTS } from './testing-fixture';

describe(leakMatrix.name, () => {
  const matrix = leakMatrix(SHIFTS.leaks);

  it('sums leaks of the same channel pair over intents', () => {
    expect(cellAt(matrix, 'web', 'phone')).toEqual({
      from: 'web',
      to: 'phone',
      journeys: 50,
      assistedCost: 400,
      excessJourneys: 10.5,
      intents: [
        { intent: 'plan-change', journeys: 40 },
        { intent: 'billing', journeys: 10 },
      ],
    });
    expect(cellAt(matrix, 'app', 'chat')?.excessJourneys).toBe(0);
    expect(cellAt(matrix, 'app', 'phone')).toBeNull();
  });

  it('orders rows and columns by the channel catalogue and cells by journeys', () => {
    expect(matrix.from).toEqual(['web', 'app']);
    expect(matrix.to).toEqual(['phone', 'chat']);
    expect(matrix.cells.map((c) => `${c.from}>${c.to}`)).toEqual([
      'web>phone',
      'app>chat',
      'web>chat',
    ]);
    expect(matrix.max).toBe(50);
    expect(matrix.total).toBe(60);
  });

  it('is empty without leaks', () => {
    expect(leakMatrix([])).toEqual({ from: [], to: [], cells: [], max: 0, total: 0 });
  });
});
