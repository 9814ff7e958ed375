import type { Channel, Direction, Outcome } from '@journey-atlas/shared/domain';
import type { IntentSpec } from './catalogue';

/** One planned contact before identifiers and surveys are attached. */
export interface Step {
  at: number;
  channel: Channel;
  direction: Direction;
  outcome: Outcome;
  intent: IntentSpec;
  queue?: string;
  agentId?: string;
  team?: string;
  waitSeconds?: number;
  handleSeconds?: number;
  cost?: number;
  ivrPath?: string[];
  /** The call came from the shared office line instead of the person's own phone. */
  fromOfficePhone?: boolean;
}

/** The result of one attempt in a channel (a phone call can be several steps). */
export interface Attempt {
  steps: Step[];
  /** When the customer is done with this attempt. */
  endAt: number;
  outcome: Outcome;
  /** A hand-off that continues at once in this channel (chatbot to chat). */
  handoffTo?: Channel;
}
