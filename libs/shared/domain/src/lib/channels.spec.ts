import {
  ASSISTED_CHANNELS,
  CHANNEL_CATALOGUE,
  CHANNELS,
  SELF_SERVICE_CHANNELS,
  channelDefinition,
  isAssisted,
  isChannel,
} from './channels';

describe('channel catalogue', () => {
  it('defines every channel exactly once, in the order of CHANNELS', () => {
    expect(CHANNEL_CATALOGUE.map((d) => d.channel).sort()).toEqual([...CHANNELS].sort());
  });

  it('splits channels into the assisted and self-service sets of DESIGN.md', () => {
    expect([...ASSISTED_CHANNELS].sort()).toEqual(
      ['chat', 'email', 'field_service', 'phone', 'sms', 'social', 'store', 'video'].sort(),
    );
    expect([...SELF_SERVICE_CHANNELS].sort()).toEqual(
      ['app', 'chatbot', 'community', 'ivr', 'kiosk', 'web'].sort(),
    );
  });

  it('carries the default costs and service-level targets', () => {
    expect(channelDefinition('phone')).toMatchObject({
      costPerContact: 8,
      serviceLevelSeconds: 20,
    });
    expect(channelDefinition('email')).toMatchObject({
      costPerContact: 4,
      serviceLevelSeconds: 86400,
    });
    expect(channelDefinition('field_service').costPerContact).toBe(150);
    expect(channelDefinition('community').costPerContact).toBe(0.05);
    expect(channelDefinition('web').serviceLevelSeconds).toBeNull();
  });

  it('opens assisted channels Mon-Fri 08:00-20:00 and keeps self-service always open', () => {
    expect(channelDefinition('chat').hours).toEqual({
      weekdays: [1, 2, 3, 4, 5],
      opens: '08:00',
      closes: '20:00',
    });
    expect(channelDefinition('app').hours).toBeNull();
  });

  it('recognises channels and rejects other values', () => {
    expect(isChannel('kiosk')).toBe(true);
    expect(isChannel('fax')).toBe(false);
    expect(isChannel(42)).toBe(false);
    expect(isAssisted('store')).toBe(true);
    expect(isAssisted('ivr')).toBe(false);
    expect(() => channelDefinition('fax' as never)).toThrow('Unknown channel "fax"');
  });
});
