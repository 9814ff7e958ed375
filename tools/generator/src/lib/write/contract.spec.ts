import { validateCustomerUpsert, validateTouchpoint } from '@journey-atlas/shared/domain';
import { generateDataset } from '../model/dataset';
import { customerRecord } from './write-dataset';

describe(`${generateDataset.name}: ingestion contract`, () => {
  const dataset = generateDataset({
    seed: 3,
    start: new Date('2026-07-01T00:00:00Z'),
    days: 90,
    customers: 400,
  });
  const now = new Date('2026-10-01T00:00:00Z');

  it('passes the shared touchpoint validation unchanged', () => {
    const failures = [];
    for (const touchpoint of dataset.touchpoints()) {
      const result = validateTouchpoint(JSON.parse(JSON.stringify(touchpoint)), now);
      if (!result.ok) failures.push({ id: touchpoint.id, errors: result.errors });
    }
    expect(failures).toEqual([]);
  });

  it('writes customer records the customers API accepts', () => {
    for (const activity of dataset.persons()) {
      const result = validateCustomerUpsert(customerRecord(activity));
      expect(result).toMatchObject({ ok: true });
    }
  });
});
