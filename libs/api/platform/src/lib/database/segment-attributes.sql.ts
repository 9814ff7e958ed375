/**
 * A custom segment attribute as text, from an attributes jsonb (`attributes`, `name`: SQL
 * expressions): strings, numbers and booleans count, as `->>` writes them; other JSON and
 * absent keys are no value. The analytics filters read it from `journey.segment_attributes`
 * and the slot rollups count it from there: both must agree, as must the reference rules'
 * segmentValue (shared/journey-rules).
 */
export function customAttributeText(attributes: string, name: string): string {
  return `CASE WHEN jsonb_typeof(${attributes} -> ${name}) IN ('string', 'number', 'boolean')
               THEN ${attributes} ->> ${name} END`;
}
