import { describe, expect, it } from 'vitest';
import { countByClassification, readNeedParams, toNeedFilter, writeNeedParams } from './need-list.ts';

describe('need list parameters', () => {
  it('reads known values from the URL and ignores the rest', () => {
    const params = readNeedParams(
      new URLSearchParams('status=RAISED&status=BOGUS&status=RAISED&class=DESIRABLE&field=f1&district=d1&open=1&q=Sprachkurs'),
    );
    expect(params).toEqual({
      statuses: ['RAISED'],
      classifications: ['DESIRABLE'],
      fieldOfActionId: 'f1',
      districtId: 'd1',
      open: true,
      text: 'Sprachkurs',
    });
  });

  it('writes them back the same way, leaving out empty ones', () => {
    const search = 'status=RAISED&status=ASSESSED&class=REQUIRED_BY_LAW&open=1&q=Kita';
    expect(writeNeedParams(readNeedParams(new URLSearchParams(search)))).toBe(search);
    expect(writeNeedParams(readNeedParams(new URLSearchParams('')))).toBe('');
  });

  it('turns them into the API filter', () => {
    expect(toNeedFilter(readNeedParams(new URLSearchParams('')))).toEqual({});
    expect(toNeedFilter(readNeedParams(new URLSearchParams('class=DESIRABLE&district=d1&q=%20Kita%20')))).toEqual({
      classifications: ['DESIRABLE'],
      districtId: 'd1',
      text: 'Kita',
    });
  });
});

describe('countByClassification', () => {
  it('counts every class, zero included', () => {
    expect(
      countByClassification([{ classification: 'DESIRABLE' }, { classification: 'REQUIRED_BY_LAW' }, { classification: 'DESIRABLE' }]),
    ).toEqual({ REQUIRED_BY_LAW: 1, LOCALLY_NECESSARY: 0, DESIRABLE: 2 });
  });
});
