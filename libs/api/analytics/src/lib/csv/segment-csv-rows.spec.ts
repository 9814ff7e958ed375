import type { SegmentCompareDto } from '@journey-atlas/shared/domain';
import { SEGMENT_COMPARE_EXAMPLE } from '../dto/segments.examples';
import { toCsv } from './csv';
import { segmentCompareRows } from './segment-csv-rows';

describe(segmentCompareRows.name, () => {
  it('gives one row per metric, path and transition with A, B and the test', () => {
    const rows = segmentCompareRows(SEGMENT_COMPARE_EXAMPLE as SegmentCompareDto);
    expect(rows.map((row) => row.section)).toEqual([
      'metric',
      'metric',
      'metric',
      'path',
      'transition',
    ]);
    const csv = toCsv(rows).split('\r\n');
    expect(csv[0]).toBe(
      'section,item,unit,a,a n,b,b n,difference,test,statistic,pValue,significant,smallSample',
    );
    expect(csv[1]).toBe(
      'metric,fcr,ratio,0.78,800,0.71,2400,0.07,two_proportion_z,3.86,0.00011,true,false',
    );
    expect(csv[5]).toContain('transition,web > phone,');
  });
});
