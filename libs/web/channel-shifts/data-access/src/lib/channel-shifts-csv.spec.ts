import { leaksCsv, opportunitiesCsv } from './channel-shifts-csv';
import { SHIFTS } from './testing-fixture';

describe(leaksCsv.name, () => {
  it('writes a CRLF row per leak with raw numbers, blanks for unknown baselines', () => {
    const lines = leaksCsv(SHIFTS.leaks).split('\r\n');
    expect(lines[0]).toBe(
      'intent,from_channel,to_channel,journeys,share,baseline_share,excess_journeys,assisted_cost_usd,resolved_by_assisted_rate',
    );
    expect(lines[1]).toBe('plan-change,web,phone,40,0.5,0.2,12.5,320,0.75');
    expect(lines[3]).toBe('router offline,app,chat,7,0.5,,,56,0.75');
    expect(lines).toHaveLength(6);
  });
});

describe(opportunitiesCsv.name, () => {
  it('writes each projection with its assumptions', () => {
    const lines = opportunitiesCsv(SHIFTS.opportunities).split('\r\n');
    expect(lines[0].split(',')).toHaveLength(14);
    expect(lines[1]).toBe(
      'password-reset,711,90,300,0.8,0.3,0.3,8,0.1,30,900,720,300,all customers matching the filters',
    );
  });
});
