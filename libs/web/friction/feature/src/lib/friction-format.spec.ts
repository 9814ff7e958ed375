import { costAddedText, frictionTypeLabel, groupText, impactText } from './friction-format';

describe('friction formatting', () => {
  it('names friction types', () => {
    expect(frictionTypeLabel('failed_containment')).toBe('Failed containment');
    expect(frictionTypeLabel('repeat-contact')).toBe('Repeat contact');
  });

  it('shows a hurt metric with vs without, in its unit', () => {
    expect(impactText({ metric: 'containment', withFriction: 0, withoutFriction: 0.8 })).toBe(
      'Containment rate: 0% with vs 80% without',
    );
    expect(impactText({ metric: 'cost_to_serve', withFriction: 12, withoutFriction: null })).toBe(
      'Cost to serve: $12.00 with vs — without',
    );
    expect(impactText({ metric: 'mystery', withFriction: 2, withoutFriction: 1 })).toBe(
      'mystery: 2 with vs 1 without',
    );
  });

  it('formats the cost added and breakdown entries', () => {
    expect(costAddedText(15.9)).toBe('$15.90');
    expect(costAddedText(null)).toBe('—');
    expect(groupText({ group: 'phone', count: 4, journeysAffected: 3 }, 'channel')).toBe(
      'phone: 3 journeys (4 events)',
    );
    expect(groupText({ group: null, count: 1, journeysAffected: 1 }, 'queue')).toBe(
      'no queue: 1 journey (1 event)',
    );
  });
});
