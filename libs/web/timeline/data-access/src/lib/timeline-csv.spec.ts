import { TIMELINE } from './testing-fixture';
import { timelineCsv } from './timeline-csv';

describe(timelineCsv.name, () => {
  it('writes one CRLF row per touchpoint with raw numbers and quoted text', () => {
    const lines = timelineCsv(TIMELINE.touchpoints).split('\r\n');
    expect(lines[0]).toBe(
      'occurred_at,channel,direction,journey_id,journey_key,step,outcome,agent_id,team,wait_seconds,handle_seconds,cost_usd,friction',
    );
    expect(lines[2]).toBe(
      '2026-11-23T12:00:00.000Z,phone,inbound,1042,router offline,2,resolved,a-17,tier1,95,420,8,failed_containment; long_wait',
    );
    expect(lines[3]).toBe(
      '2026-11-25T09:00:00.000Z,email,inbound,1043,"billing, ""late fee""",1,resolved,,,,,4,',
    );
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
  });
});
