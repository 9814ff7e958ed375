import {
  effectiveHours,
  effectiveServiceLevel,
  type HoursOverride,
  type OverrideContact,
  overrideSpecificity,
  type ServiceLevelOverride,
  winningOverride,
} from './access-overrides';
import type { OperatingHours } from './channels';

function contact(
  channel: OverrideContact['channel'],
  interactionType: string,
  segment: Record<string, string> = {},
): OverrideContact {
  return { channel, interactionType, segment: (name) => segment[name] ?? null };
}

const PHONE = { serviceLevelSeconds: 20, serviceLevelShare: 0.8 };
const WEEKDAYS: OperatingHours = { weekdays: [1, 2, 3, 4, 5], opens: '08:00', closes: '20:00' };
const SIX_DAYS: OperatingHours = { weekdays: [1, 2, 3, 4, 5, 6], opens: '08:00', closes: '20:00' };

describe(overrideSpecificity.name, () => {
  it('counts channel, interaction type and each segment attribute as one condition', () => {
    expect(overrideSpecificity({})).toBe(0);
    expect(overrideSpecificity({ channel: 'phone' })).toBe(1);
    expect(overrideSpecificity({ interactionType: 'billing', segment: { tier: 'gold' } })).toBe(2);
    expect(
      overrideSpecificity({ channel: 'chat', segment: { tier: 'gold', region: 'north' } }),
    ).toBe(3);
  });
});

describe(winningOverride.name, () => {
  const overrides: ServiceLevelOverride[] = [
    { segment: { tier: 'gold' }, serviceLevelSeconds: 10 },
    { channel: 'phone', interactionType: 'billing', serviceLevelSeconds: 60 },
    { channel: 'phone', segment: { tier: 'gold' }, serviceLevelSeconds: 5 },
    { interactionType: 'complaint', serviceLevelSeconds: 30 },
  ];

  it('picks the matching override with the most conditions', () => {
    // gold phone billing: [1] and [2] have two conditions, [0] one; [2] is later.
    expect(winningOverride(overrides, contact('phone', 'billing', { tier: 'gold' }))).toBe(
      overrides[2],
    );
    expect(winningOverride(overrides, contact('phone', 'billing'))).toBe(overrides[1]);
    expect(winningOverride(overrides, contact('chat', 'billing', { tier: 'gold' }))).toBe(
      overrides[0],
    );
    expect(winningOverride(overrides, contact('chat', 'inquiry'))).toBeUndefined();
  });

  it('lets the later of equally specific overrides win', () => {
    // gold complaint on chat: [0] (tier) and [3] (type) both have one condition.
    expect(winningOverride(overrides, contact('chat', 'complaint', { tier: 'gold' }))).toBe(
      overrides[3],
    );
    const swapped = [overrides[3], overrides[0]];
    expect(winningOverride(swapped, contact('chat', 'complaint', { tier: 'gold' }))).toBe(
      overrides[0],
    );
  });

  it('needs every segment attribute to hold, custom ones included', () => {
    const rules: ServiceLevelOverride[] = [
      { segment: { tier: 'gold', language: 'fa' }, serviceLevelSeconds: 15 },
    ];
    expect(winningOverride(rules, contact('phone', 'inquiry', { tier: 'gold' }))).toBeUndefined();
    expect(
      winningOverride(rules, contact('phone', 'inquiry', { tier: 'gold', language: 'fa' })),
    ).toBe(rules[0]);
  });

  it('applies an override without conditions to every contact', () => {
    const everyone: HoursOverride[] = [{ hours: null }];
    expect(winningOverride(everyone, contact('email', 'other'))).toBe(everyone[0]);
  });
});

describe(effectiveServiceLevel.name, () => {
  it('falls back to the channel setting when no override sets the field', () => {
    expect(effectiveServiceLevel(PHONE, [], contact('phone', 'billing'))).toEqual(PHONE);
    expect(
      effectiveServiceLevel(
        PHONE,
        [{ channel: 'chat', serviceLevelSeconds: 5 }],
        contact('phone', 'billing'),
      ),
    ).toEqual(PHONE);
  });

  it('resolves seconds and share separately, and null means no target', () => {
    const overrides: ServiceLevelOverride[] = [
      { segment: { tier: 'gold' }, serviceLevelSeconds: 10, serviceLevelShare: 0.9 },
      // More specific, but sets only the share: the seconds still come from [0].
      { channel: 'phone', segment: { tier: 'gold' }, serviceLevelShare: 0.95 },
      { channel: 'phone', interactionType: 'feedback', serviceLevelSeconds: null },
    ];
    expect(
      effectiveServiceLevel(PHONE, overrides, contact('phone', 'billing', { tier: 'gold' })),
    ).toEqual({ serviceLevelSeconds: 10, serviceLevelShare: 0.95 });
    expect(effectiveServiceLevel(PHONE, overrides, contact('phone', 'feedback'))).toEqual({
      serviceLevelSeconds: null,
      serviceLevelShare: 0.8,
    });
  });
});

describe(effectiveHours.name, () => {
  const overrides: HoursOverride[] = [
    { channel: 'phone', interactionType: 'billing', hours: SIX_DAYS },
    { channel: 'phone', interactionType: 'billing', segment: { tier: 'platinum' }, hours: null },
  ];

  it('uses the most specific hours, null being always open', () => {
    expect(effectiveHours(WEEKDAYS, overrides, contact('phone', 'billing'))).toEqual(SIX_DAYS);
    expect(
      effectiveHours(WEEKDAYS, overrides, contact('phone', 'billing', { tier: 'platinum' })),
    ).toBeNull();
    expect(effectiveHours(WEEKDAYS, overrides, contact('phone', 'inquiry'))).toEqual(WEEKDAYS);
  });
});
