import { describe, expect, it } from 'vitest';
import { expiresSoon, readAgreementParams, toAgreementFilter, writeAgreementParams } from './agreement-list.ts';

describe('agreement params', () => {
  it('reads and writes statuses, organisation and the expiry filter', () => {
    const params = readAgreementParams(new URLSearchParams('status=IN_FORCE&status=BOGUS&organisation=o1&expiring=1'));
    expect(params).toEqual({ statuses: ['IN_FORCE'], organisationId: 'o1', expiring: true });
    expect(writeAgreementParams(params)).toBe('status=IN_FORCE&organisation=o1&expiring=1');
  });

  it('builds the API filter, with the organisation for admins only', () => {
    const params = { statuses: [], organisationId: 'o1', expiring: true };
    expect(toAgreementFilter(params, true)).toEqual({ organisationId: 'o1', expiringWithinDays: 60 });
    expect(toAgreementFilter(params, false)).toEqual({ expiringWithinDays: 60 });
    expect(toAgreementFilter({ statuses: [], organisationId: '', expiring: false }, true)).toEqual({});
  });
});

describe('expiresSoon', () => {
  const today = '2026-11-21';

  it('flags agreements in force that end or need notice within 60 days', () => {
    expect(expiresSoon({ status: 'IN_FORCE', validTo: '2027-01-20' }, today)).toBe(true);
    expect(expiresSoon({ status: 'IN_FORCE', validTo: '2027-12-31', noticeOn: '2026-12-01' }, today)).toBe(true);
  });

  it('ignores later dates, past dates and agreements not in force', () => {
    expect(expiresSoon({ status: 'IN_FORCE', validTo: '2027-01-21' }, today)).toBe(false);
    expect(expiresSoon({ status: 'IN_FORCE', validTo: '2026-11-20' }, today)).toBe(false);
    expect(expiresSoon({ status: 'SIGNED', validTo: '2026-12-01' }, today)).toBe(false);
  });
});
