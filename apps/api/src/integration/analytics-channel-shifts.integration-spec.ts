import { JourneyBuilder } from '@journey-atlas/api/journeys';
import type { ChannelShiftsDto } from '@journey-atlas/shared/domain';
import { getJson } from '../../test/analytics-fixtures';
import { JourneyFixture, type Tp, at } from '../../test/journey-fixtures';
import { type TestApp, startTestApp } from '../../test/test-app';

interface BadRequest {
  message: string;
  details?: { parameter: string; allowed: string[] };
}

const PERIOD = '&from=2026-11-23&to=2026-11-28'; // 5 days

/**
 * One customer per journey (so none join), channel default costs (web/app 0.10, phone 8,
 * chat 5), all in the week of 2026-11-23:
 * router offline  R1 web -> phone(resolved)                 leak web>phone, cost 8, resolved
 *                 R2 web -> app -> phone(unresolved)          leak app>phone, cost 8
 *                 R3 web -> phone(transferred) -> chat(res.)  leak web>phone, cost 13, resolved
 *                 R4 web(resolved)                            contained, cost 0.10
 *                 R5 phone(resolved)                          began assisted, cost 8
 * refund          F1 app -> chat(resolved)                    leak app>chat, cost 5, resolved
 * password reset  P1 gold web(res.), P2 standard web(res.)    contained
 *                 P3 gold phone(res.), P4 standard chat(res.) began assisted
 * refund          F2 web -> ivr -> phone(resolved)            leak web>phone (calls enter via IVR)
 *                 F3 ivr -> phone(unresolved)                 leak ivr>phone
 */
const JOURNEYS: { tier: string; rows: Omit<Tp, 'ext' | 'at'>[] }[] = [
  { tier: 'gold', rows: [{ channel: 'web' }, { channel: 'phone', outcome: 'resolved' }] },
  {
    tier: 'gold',
    rows: [{ channel: 'web' }, { channel: 'app' }, { channel: 'phone', outcome: 'unresolved' }],
  },
  {
    tier: 'gold',
    rows: [
      { channel: 'web' },
      { channel: 'phone', outcome: 'transferred' },
      { channel: 'chat', outcome: 'resolved' },
    ],
  },
  { tier: 'gold', rows: [{ channel: 'web', outcome: 'resolved' }] },
  { tier: 'gold', rows: [{ channel: 'phone', outcome: 'resolved' }] },
  {
    tier: 'gold',
    rows: [
      { channel: 'app', intent: 'refund' },
      { channel: 'chat', intent: 'refund', outcome: 'resolved' },
    ],
  },
  ...['gold', 'standard'].map((tier) => ({
    tier,
    rows: [{ channel: 'web', intent: 'password reset', outcome: 'resolved' }],
  })),
  { tier: 'gold', rows: [{ channel: 'phone', intent: 'password reset', outcome: 'resolved' }] },
  { tier: 'standard', rows: [{ channel: 'chat', intent: 'password reset', outcome: 'resolved' }] },
  {
    tier: 'gold',
    rows: [
      { channel: 'web', intent: 'refund' },
      { channel: 'ivr', intent: 'refund' },
      { channel: 'phone', intent: 'refund', outcome: 'resolved' },
    ],
  },
  {
    tier: 'gold',
    rows: [
      { channel: 'ivr', intent: 'refund' },
      { channel: 'phone', intent: 'refund', outcome: 'unresolved' },
    ],
  },
];

describe('GET /api/v1/channel-shifts (leaks and opportunities)', () => {
  let testApp: TestApp;
  let fx: JourneyFixture;

  beforeAll(async () => {
    testApp = await startTestApp();
    fx = await JourneyFixture.create(testApp, 'UTC');
    for (const [j, journey] of JOURNEYS.entries()) {
      const customer = await fx.customer({ tier: journey.tier });
      await fx.touchpoints(
        customer,
        journey.rows.map((row, i) => ({ ...row, ext: `j${j}-${i}`, at: at(j * 0.25, i * 600) })),
      );
    }
    await testApp.app.get(JourneyBuilder).rebuildAll(fx.workspaceId);
  });

  afterAll(async () => {
    await testApp?.close();
  });

  const get = <T = ChannelShiftsDto>(query = '') =>
    getJson<T>(testApp.baseUrl, `/api/v1/channel-shifts?workspace=${fx.slug}${query}`);

  it('lists leaks by intent and channel pair, ranked by journeys then cost', async () => {
    const { status, body } = await get(PERIOD);
    expect(status).toBe(200);
    expect(body.leaks).toEqual([
      {
        intent: 'router offline',
        fromChannel: 'web',
        toChannel: 'phone',
        journeys: 2,
        share: 0.5, // of the 4 router-offline journeys that began in self-service
        // Other intents: 1 web>phone leak among their 5 self-service-begun journeys.
        assistedCost: 21, // 8 + (8 + 5)
        resolvedByAssistedRate: 1,
        baselineShare: 1 / 5,
        excessJourneys: 2 - (1 / 5) * 4,
      },
      // Ties on journeys: by cost, then intent and channels.
      {
        intent: 'refund',
        fromChannel: 'ivr',
        toChannel: 'phone',
        journeys: 1,
        share: 1 / 3,
        assistedCost: 8,
        resolvedByAssistedRate: 0,
        baselineShare: 0,
        excessJourneys: 1,
      },
      {
        intent: 'refund',
        fromChannel: 'web',
        toChannel: 'phone',
        journeys: 1,
        share: 1 / 3,
        assistedCost: 8,
        resolvedByAssistedRate: 1,
        baselineShare: 2 / 6,
        excessJourneys: 1 - (2 / 6) * 3,
      },
      {
        intent: 'router offline',
        fromChannel: 'app',
        toChannel: 'phone',
        journeys: 1,
        share: 0.25,
        assistedCost: 8,
        resolvedByAssistedRate: 0,
        baselineShare: 0,
        excessJourneys: 1,
      },
      {
        intent: 'refund',
        fromChannel: 'app',
        toChannel: 'chat',
        journeys: 1,
        share: 1 / 3,
        assistedCost: 5,
        resolvedByAssistedRate: 1,
        baselineShare: 0,
        excessJourneys: 1,
      },
    ]);
    // Default thresholds (containment 0.5 over at least 20 journeys): nothing qualifies here.
    expect(body.opportunities).toEqual([]);
    expect(body.assumptions).toMatchObject({
      minContainment: 0.5,
      minJourneys: 20,
      cap: 0.3,
      capRange: [0.2, 0.4],
      periodDays: 5,
      periodFrom: '2026-11-23T00:00:00.000Z',
      periodTo: '2026-11-28T00:00:00.000Z',
      daysPerMonth: 30,
      comparableCustomers: 'all customers matching the filters',
    });
  });

  it('projects monthly savings per intent with the assumptions behind each number', async () => {
    const { body } = await get(`${PERIOD}&minContainment=0.25&minJourneys=1`);
    const summary = body.opportunities.map((o) => [
      o.intent,
      o.containmentRate,
      o.assistedJourneysPerMonth,
      o.assumptions.rateUsed,
      Number(o.shiftableJourneysPerMonth.toFixed(6)),
      Number(o.projectedMonthlySavings.toFixed(6)),
    ]);
    // password reset: 2 contained of 2 (capped at 0.3); 2 assisted in 5 days = 12 a month;
    // 3.6 shiftable x (mean assisted (8 + 5) / 2 - 0.10) = 23.04.
    // router offline: 1 of 4 contained (0.25 < cap); 6 a month; 1.5 x (8 - 0.10) = 11.85.
    // refund: nothing contained, nothing began in assisted: left out.
    expect(summary).toEqual([
      ['password reset', 1, 12, 0.3, 3.6, 23.04],
      ['router offline', 0.25, 6, 0.25, 1.5, 11.85],
    ]);
    expect(body.opportunities[0]).toMatchObject({
      selfServiceJourneys: 2,
      containedJourneys: 2,
      assistedJourneys: 2,
      assumptions: {
        cap: 0.3,
        periodDays: 5,
        meanAssistedCost: 6.5,
        meanSelfServiceCost: 0.1,
        comparableCustomers: 'all customers matching the filters',
      },
    });
  });

  it('takes the rate from comparable customers: the same tier when segment.tier is given', async () => {
    const { body } = await get(
      `${PERIOD}&minContainment=0.25&minJourneys=1&cap=0.4&segment.tier=standard`,
    );
    // Standard tier: password reset P2 contained (1 of 1), P4 chat began assisted (cost 5).
    expect(body.leaks).toEqual([]);
    expect(body.opportunities).toHaveLength(1);
    const [o] = body.opportunities;
    expect(o).toMatchObject({
      intent: 'password reset',
      containmentRate: 1,
      assistedJourneys: 1,
      assistedJourneysPerMonth: 6,
      assumptions: {
        rateUsed: 0.4,
        cap: 0.4,
        comparableCustomers: expect.stringContaining('standard'),
      },
    });
    expect(o.projectedMonthlySavings).toBeCloseTo(6 * 0.4 * 4.9, 10);
  });

  it('applies the common filters', async () => {
    const { body } = await get(`${PERIOD}&intent=refund`);
    expect(body.leaks.map((l) => `${l.intent}:${l.fromChannel}>${l.toChannel}`)).toEqual([
      'refund:ivr>phone',
      'refund:web>phone',
      'refund:app>chat',
    ]);
    const none = await get('&from=2026-12-01&to=2026-12-02');
    expect(none.body.leaks).toEqual([]);
    expect(none.body.opportunities).toEqual([]);
  });

  it('scales by the span of the journeys when the period is open', async () => {
    const { body } = await get('&minContainment=0.25&minJourneys=1');
    // First journey Mon 10:00, last (the 12th) 2.75 days later.
    expect(body.assumptions.periodDays).toBe(2.75);
    expect(body.opportunities[0].assistedJourneysPerMonth).toBeCloseTo((2 * 30) / 2.75, 10);
  });

  it('exports leaks and opportunities as CSV', async () => {
    const response = await fetch(
      `${testApp.baseUrl}/api/v1/channel-shifts?workspace=${fx.slug}${PERIOD}&format=csv`,
    );
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text()).trim().split(/\r?\n/);
    expect(lines).toHaveLength(6); // header + 5 leaks
    expect(lines[1]).toContain('leak');
  });

  it.each([
    ['minContainment=1.5', 'minContainment', '0..1'],
    ['minContainment=abc', 'minContainment', '0..1'],
    ['cap=0.5', 'cap', '0.2..0.4'],
    ['cap=0.1', 'cap', '0.2..0.4'],
    ['minJourneys=0', 'minJourneys', '1..1000000'],
    ['minJourneys=2.5', 'minJourneys', '1..1000000'],
  ])(
    'answers 400 for %s naming the parameter and what is allowed',
    async (query, parameter, allowed) => {
      const { status, body } = await get<BadRequest>(`&${query}`);
      expect(status).toBe(400);
      expect(body.details).toEqual({ parameter, allowed: [allowed] });
      expect(body.message).toContain(parameter);
    },
  );

  it('answers 400 for an unknown filter, listing the route parameters', async () => {
    const { status, body } = await get<BadRequest>('&colour=red');
    expect(status).toBe(400);
    expect(body.details?.parameter).toBe('colour');
    expect(body.details?.allowed).toEqual(
      expect.arrayContaining(['minContainment', 'minJourneys', 'cap']),
    );
  });
});
