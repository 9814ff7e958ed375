import { formatCost, formatDuration, formatHours, formatServiceLevel } from './channel-format';

describe('channel formatting', () => {
  it('formats costs with cents below a dollar', () => {
    expect(formatCost(8)).toBe('$8.00');
    expect(formatCost(0.05)).toBe('$0.05');
    expect(formatCost(150)).toBe('$150.00');
  });

  it('picks the natural unit for durations', () => {
    expect(formatDuration(20)).toBe('20 s');
    expect(formatDuration(60)).toBe('60 s');
    expect(formatDuration(300)).toBe('5 min');
    expect(formatDuration(3600)).toBe('1 h');
    expect(formatDuration(86400)).toBe('1 d');
  });

  it('states the service-level target as share and time', () => {
    expect(formatServiceLevel({ serviceLevelSeconds: 20, serviceLevelShare: 0.8 })).toBe(
      '80% in 20 s',
    );
    expect(formatServiceLevel({ serviceLevelSeconds: 3600, serviceLevelShare: null })).toBe(
      'in 1 h',
    );
    expect(formatServiceLevel({ serviceLevelSeconds: null, serviceLevelShare: null })).toBe(
      'No target',
    );
  });

  it('reads opening hours as a person would', () => {
    expect(formatHours(null)).toBe('Always open');
    expect(formatHours({ weekdays: [1, 2, 3, 4, 5], opens: '08:00', closes: '20:00' })).toBe(
      'Mon–Fri 08:00–20:00',
    );
    expect(formatHours({ weekdays: [3, 1], opens: '09:00', closes: '17:00' })).toBe(
      'Mon, Wed 09:00–17:00',
    );
    expect(formatHours({ weekdays: [1, 2, 3, 4, 5, 6, 7], opens: '00:00', closes: '24:00' })).toBe(
      'Every day 00:00–24:00',
    );
  });
});
