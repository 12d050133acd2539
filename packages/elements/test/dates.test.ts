import { expect } from '@open-wc/testing';
import { formatCalendarDate, today } from '../src/dates.ts';

describe('dates', () => {
  it("counts today on Oslo's calendar, as the host does: 23:30 UTC on 3 December is already 4 December", () => {
    expect(today(new Date('2026-12-03T23:30:00Z'))).to.equal('2026-12-04');
    expect(today(new Date('2026-06-30T21:59:00Z'))).to.equal('2026-06-30');
    expect(today(new Date('2026-06-30T22:00:00Z'))).to.equal('2026-07-01', 'summer time is UTC+2');
  });

  it('writes a due date as the calendar date it is, in each locale', () => {
    expect(formatCalendarDate('nb-NO', '2026-12-24')).to.equal('24. desember 2026');
    expect(formatCalendarDate('en-GB', '2026-12-24')).to.equal('24 December 2026');
    expect(formatCalendarDate('nb-NO', '24.12.2026')).to.equal('');
  });
});
