/**
 * Sums of squares of the values that mean metrics average, for segment compare's Welch
 * t-tests, as [column, SQL expression]: over journeys `j`, and over contacts (step `s`,
 * touchpoint `t`). The slot rollups count them (journey_slot, contact_slot) and segment
 * compare sums them over the facts when the slots cannot answer: one definition, so both
 * give the same numbers. Numeric (exact under the incremental builds' subtraction) and
 * x * x (^ rounds). An NPS answer counts +1, -1 or 0: its square is 1 for promoters and
 * detractors.
 */
export const JOURNEY_SQUARE_SUMS: readonly (readonly [string, string])[] = [
  ['cost_sq', 'COALESCE(sum(j.cost * j.cost), 0)'],
  ['steps_sq', 'COALESCE(sum(j.steps::bigint * j.steps), 0)'],
  [
    'resolved_assisted_handle_sq',
    'COALESCE(sum(j.assisted_handle::numeric * j.assisted_handle::numeric) FILTER (WHERE j.resolved), 0)',
  ],
];

export const CONTACT_SQUARE_SUMS: readonly (readonly [string, string])[] = [
  ['ces_sq', 'COALESCE(sum(t.ces::bigint * t.ces), 0)'],
  ['nps_sq', 'count(*) FILTER (WHERE t.nps >= 9 OR t.nps <= 6)'],
  [
    'aht_sq',
    'COALESCE(sum(s.handle_seconds::numeric * s.handle_seconds::numeric) FILTER (WHERE s.assisted), 0)',
  ],
  ['wait_sq', 'COALESCE(sum(s.wait_seconds::numeric * s.wait_seconds::numeric), 0)'],
];
