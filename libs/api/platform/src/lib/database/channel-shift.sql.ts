/**
 * A journey's leak (DESIGN.md, channel shifts): the pair of channels where a journey that
 * began in self-service reached its first assisted step. `from_channel` is the last
 * self-service channel before that step, passing over IVR steps when another self-service
 * channel came before (every call enters through the IVR, so web -> ivr -> phone is a
 * web -> phone leak; ivr -> phone stays one when the IVR was all the customer tried);
 * `to_channel` is the assisted step's channel. Both come from the journey's channel_path
 * (every step's channel, in order), so no step is read.
 *
 * A subquery for `CROSS JOIN LATERAL (…) leak` after journey `j`: one row when j leaks,
 * none otherwise. `assisted`: a SQL text[] of the assisted channels. The channel-shift
 * answers read it from the journeys and the shift_slot rollup counts it: both must agree.
 */
export function leakPairSql(j: string, assisted: string): string {
  return `SELECT prev.channel AS from_channel, ${j}.channel_path[fa.i] AS to_channel
      FROM (SELECT min(i) AS i FROM generate_subscripts(${j}.channel_path, 1) i
             WHERE ${j}.channel_path[i] = ANY(${assisted})) fa
     CROSS JOIN LATERAL (
       SELECT ${j}.channel_path[i] AS channel FROM generate_subscripts(${j}.channel_path, 1) i
        WHERE i < fa.i
        ORDER BY ${j}.channel_path[i] = 'ivr', i DESC LIMIT 1) prev
     WHERE ${j}.began_in_self_service AND fa.i IS NOT NULL`;
}
