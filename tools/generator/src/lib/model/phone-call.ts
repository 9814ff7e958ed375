import type { Outcome } from '@journey-atlas/shared/domain';
import { PHONE_TEAMS, type IntentSpec, type Queue } from './catalogue';
import type { Person } from './person';
import { PLANTED } from './planted';
import type { Random } from './random';
import type { Attempt, Step } from './step';

const HEAVY_AGENTS: readonly string[] = PLANTED.transferHeavyAgents.agentIds;
/** Needs simple enough that some callers finish them in the IVR. */
const IVR_SELF_SERVE = new Set(['order-status', 'password-reset']);

/**
 * One inbound call: an IVR step, then one or more agent legs (a transfer starts a new leg).
 * Planted here: the slow queue's waits, the IVR option that misroutes, transfer-heavy agents.
 */
export function phoneCall(rng: Random, person: Person, intent: IntentSpec, at: number): Attempt {
  const fromOfficePhone = person.officeWorker && rng.chance(0.5);
  const ivrPath = [...intent.ivrPath];
  const ivrSeconds = rng.int(25, 110);
  const ivrOutcome: Outcome =
    IVR_SELF_SERVE.has(intent.intent) && rng.chance(0.12)
      ? 'resolved'
      : rng.chance(0.04)
        ? 'abandoned'
        : 'escalated';
  const ivr: Step = {
    at,
    channel: 'ivr',
    direction: 'inbound',
    outcome: ivrOutcome,
    intent,
    handleSeconds: ivrSeconds,
    ivrPath,
    fromOfficePhone,
  };
  const steps: Step[] = [ivr];
  if (ivrOutcome !== 'escalated')
    return { steps, endAt: at + ivrSeconds * 1000, outcome: ivrOutcome };

  const misrouted =
    ivrPath.includes(PLANTED.ivrMisroute.option) && rng.chance(PLANTED.ivrMisroute.misrouteShare);
  let queue: Queue = misrouted ? PLANTED.ivrMisroute.wrongQueue : intent.queue;
  let legAt = at + ivrSeconds * 1000 + rng.int(2, 15) * 1000;
  for (let leg = 0; leg < 4; leg++) {
    const waitSeconds = sampleQueueWait(rng, queue, leg > 0);
    const base = {
      at: legAt,
      channel: 'phone',
      direction: 'inbound',
      intent,
      queue,
      fromOfficePhone,
    } as const;
    // Patience runs out: the longer the wait, the more callers hang up.
    if (rng.chance(Math.min(0.6, waitSeconds / 1400))) {
      steps.push({ ...base, outcome: 'abandoned', waitSeconds, handleSeconds: 0 });
      return { steps, endAt: legAt + waitSeconds * 1000, outcome: 'abandoned' };
    }
    const team = PHONE_TEAMS[queue];
    const agentId = rng.pick(team.agents);
    const handleSeconds = Math.round(rng.logNormal(330, 0.5));
    const transferShare =
      misrouted && leg === 0
        ? 0.75
        : HEAVY_AGENTS.includes(agentId)
          ? PLANTED.transferHeavyAgents.transferShare
          : PLANTED.transferHeavyAgents.baselineTransferShare;
    const resolveShare = Math.min(0.97, intent.assisted + (person.tier === 'gold' ? 0.05 : 0));
    const outcome: Outcome = rng.chance(transferShare)
      ? 'transferred'
      : rng.chance(resolveShare)
        ? 'resolved'
        : 'unresolved';
    steps.push({ ...base, outcome, agentId, team: team.team, waitSeconds, handleSeconds });
    const endAt = legAt + (waitSeconds + handleSeconds) * 1000;
    if (outcome !== 'transferred') return { steps, endAt, outcome };
    queue = misrouted && leg === 0 ? intent.queue : queue;
    legAt = endAt + rng.int(3, 20) * 1000;
  }
  const last = steps[steps.length - 1];
  return { steps, endAt: last.at, outcome: last.outcome };
}

/** Answer times: most queues meet the 20 s target; the planted slow queue is far off it. */
function sampleQueueWait(rng: Random, queue: Queue, afterTransfer: boolean): number {
  const slow = PLANTED.slowQueue;
  const median = queue === slow.queue ? slow.medianWaitSeconds : slow.otherMedianWaitSeconds;
  return Math.max(0, Math.round(rng.logNormal(afterTransfer ? median / 2 : median, 0.7)));
}
