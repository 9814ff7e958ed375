import type { Outcome } from '@journey-atlas/shared/domain';
import type { Random } from './random';
import type { Step } from './step';

/** Survey answers for a step; most contacts get none, as with real post-contact surveys. */
export interface SurveyScores {
  csat?: number;
  ces?: number;
  nps?: number;
  sentiment?: number;
}

const CSAT_GOOD = { 1: 2, 2: 3, 3: 10, 4: 35, 5: 50 };
const CSAT_POOR = { 1: 22, 2: 25, 3: 28, 4: 15, 5: 10 };
const CES_EASY = { 1: 30, 2: 30, 3: 20, 4: 10, 5: 6, 6: 3, 7: 1 };
const CES_HARD = { 1: 3, 2: 7, 3: 15, 4: 20, 5: 25, 6: 18, 7: 12 };
const NPS_GOOD = { 10: 25, 9: 25, 8: 20, 7: 12, 6: 8, 5: 4, 4: 2, 3: 2, 2: 1, 1: 0.5, 0: 0.5 };
const NPS_POOR = { 10: 3, 9: 5, 8: 10, 7: 12, 6: 15, 5: 15, 4: 12, 3: 10, 2: 8, 1: 5, 0: 5 };

export function surveyScores(rng: Random, step: Step): SurveyScores {
  const scores: SurveyScores = {};
  if (step.outcome === 'abandoned' || step.direction === 'outbound') return scores;
  const good = step.outcome === 'resolved' && (step.waitSeconds ?? 0) < 120;
  if (step.agentId !== undefined && rng.chance(0.18)) {
    scores.csat = Number(rng.weighted(good ? CSAT_GOOD : CSAT_POOR));
  }
  if (rng.chance(0.08)) scores.ces = Number(rng.weighted(good ? CES_EASY : CES_HARD));
  if (rng.chance(0.04)) scores.nps = Number(rng.weighted(good ? NPS_GOOD : NPS_POOR));
  if (step.channel === 'social')
    scores.sentiment = sentiment(rng, step.outcome, step.intent.interactionType);
  return scores;
}

/** Social posts about complaints or unresolved needs read negative. */
function sentiment(rng: Random, outcome: Outcome, interactionType: string): number {
  const negative = outcome !== 'resolved' || interactionType === 'complaint';
  const value = negative ? -0.9 + rng.next() * 0.85 : -0.3 + rng.next() * 1.1;
  return Math.round(value * 100) / 100;
}
