import { FRICTION_TYPES, FRICTION_TYPE_NAMES } from './friction-types';
import { isMetricName, METRICS, METRIC_NAMES } from './metric-catalogue';

describe('METRICS', () => {
  it('defines exactly the DESIGN.md metric names, each once', () => {
    expect(Object.keys(METRICS)).toEqual([
      'fcr',
      'containment',
      'self_service_share',
      'ces',
      'csat',
      'nps',
      'aht',
      'response_time',
      'service_level',
      'lcr',
      'cost_to_serve',
      'contacts_per_journey',
      'transfer_rate',
      'abandonment_rate',
      'repeat_contact_rate',
      'channel_switch_rate',
      'conversations_per_agent',
    ]);
    for (const name of METRIC_NAMES) {
      const definition = METRICS[name];
      expect(definition.name).toBe(name);
      expect(definition.label).not.toBe('');
      expect(definition.formula).toBe(`(${definition.numerator}) / (${definition.denominator})`);
    }
  });

  it('says which metrics are better lower and which are not additive', () => {
    expect(METRIC_NAMES.filter((name) => METRICS[name].betterWhen === 'lower')).toEqual([
      'ces',
      'aht',
      'response_time',
      'lcr',
      'cost_to_serve',
      'contacts_per_journey',
      'transfer_rate',
      'abandonment_rate',
      'repeat_contact_rate',
      'channel_switch_rate',
    ]);
    expect(METRIC_NAMES.filter((name) => !METRICS[name].additive)).toEqual([
      'conversations_per_agent',
    ]);
    expect(METRICS.fcr).toMatchObject({ unit: 'ratio', grain: 'journey' });
    expect(METRICS.aht).toMatchObject({ unit: 'seconds', grain: 'contact' });
  });
});

describe(isMetricName.name, () => {
  it('accepts API names only', () => {
    expect(isMetricName('fcr')).toBe(true);
    expect(isMetricName('FCR')).toBe(false);
    expect(isMetricName(3)).toBe(false);
  });
});

describe('FRICTION_TYPES', () => {
  it('covers every DESIGN.md friction type and hurts only known metrics', () => {
    expect(FRICTION_TYPE_NAMES).toHaveLength(12);
    for (const type of FRICTION_TYPE_NAMES) {
      expect(FRICTION_TYPES[type].type).toBe(type);
      expect(FRICTION_TYPES[type].hurts.every(isMetricName)).toBe(true);
    }
    expect(FRICTION_TYPES.out_of_hours.hurts).toEqual([]);
    expect(FRICTION_TYPES.repeat_contact.hurts).toEqual(['fcr', 'cost_to_serve']);
  });
});
