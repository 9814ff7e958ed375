import type { CustomerProfileDto, CustomerTimelineDto } from '@journey-atlas/shared/domain';

/** The profile as label/value pairs for the header of the timeline (segments, identifiers). */
export function profileFacts(
  profile: CustomerProfileDto,
  timeline: CustomerTimelineDto,
): { label: string; value: string }[] {
  const journeys = new Set(timeline.touchpoints.map((t) => t.journeyId)).size;
  const facts = [
    { label: 'Touchpoints', value: String(profile.touchpointCount) },
    { label: 'Journeys', value: String(journeys) },
    { label: 'Region', value: profile.region ?? '–' },
    { label: 'Tier', value: profile.tier ?? '–' },
    { label: 'Value band', value: profile.valueBand ?? '–' },
  ];
  if (profile.specialNeeds) facts.push({ label: 'Special needs', value: profile.specialNeeds });
  facts.push({
    label: 'Identifiers',
    value: profile.identifiers.map((i) => `${i.kind} ${i.masked}`).join(', ') || '–',
  });
  if (profile.history.length) {
    const merges = profile.history.filter((h) => h.action === 'merge').length;
    const splits = profile.history.length - merges;
    facts.push({ label: 'Identity history', value: `${merges} merge(s), ${splits} split(s)` });
  }
  return facts;
}
