import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addWeeks, formatLongDate, lastDayOfMonthsStartingWith, todayOnDevice, weekday } from '../../src/lib/calendar-date';
import {
  appealBy,
  commentsBy,
  decideWhetherToAssessBy,
  decisionNotToIssueBy,
  finalPlanBy,
  phaseTransferDeadline,
  reviewBy,
  reviewDecisionBy,
  amendedPlanBy,
} from '../../src/lib/ehc-timeline/rules';
import { buildTimeline, mostOverdue } from '../../src/lib/ehc-timeline/timeline';
import { readDateInput } from '../../src/lib/ehc-timeline/date-input';
import { calendarFile } from '../../src/lib/ehc-timeline/calendar-file';
import { workedExample, reviewExample } from '../../src/lib/ehc-timeline/worked-example';

describe('calendar dates', () => {
  it('counts weeks across the spring clock change without losing a day', () => {
    // Clocks went forward on 29 March 2026: a UTC-midnight sum done in local time would land on the 11th.
    expect(addWeeks('2026-03-02', 6)).toBe('2026-04-13');
    expect(addDays('2026-10-20', 14)).toBe('2026-11-03'); // across the October change
  });

  it('counts the same in any time zone the phone is set to', () => {
    const before = process.env.TZ;
    for (const tz of ['Europe/London', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
      process.env.TZ = tz;
      expect(addWeeks('2026-03-24', 20)).toBe('2026-08-11');
      expect(weekday('2026-03-29')).toBe(0);
    }
    process.env.TZ = before;
  });

  it('takes the last day of a month that has no corresponding date', () => {
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29'); // leap year
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
  });

  it('ends a period of 12 months the day before the anniversary, and a leap day period at the end of February', () => {
    expect(lastDayOfMonthsStartingWith('2026-06-10', 12)).toBe('2027-06-09');
    expect(lastDayOfMonthsStartingWith('2028-02-29', 12)).toBe('2029-02-28');
    expect(lastDayOfMonthsStartingWith('2026-03-01', 12)).toBe('2027-02-28');
    expect(lastDayOfMonthsStartingWith('2027-03-01', 12)).toBe('2028-02-29');
  });

  it('writes dates the GOV.UK way with the day of the week', () => {
    expect(formatLongDate('2026-02-16')).toBe('Monday 16 February 2026');
    expect(formatLongDate('2028-02-29')).toBe('Tuesday 29 February 2028');
  });

  it("takes today from the phone's own calendar, not UTC", () => {
    const before = process.env.TZ;
    process.env.TZ = 'Europe/London';
    // 00:30 on 1 July in London is still 30 June in UTC.
    expect(todayOnDevice(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    process.env.TZ = before;
  });
});

describe('the statutory time limits', () => {
  it('gives 6, 16 and 20 weeks from the day the council received the request (regs 5, 10, 13)', () => {
    expect(decideWhetherToAssessBy('2026-01-05')).toBe('2026-02-16');
    expect(decisionNotToIssueBy('2026-01-05')).toBe('2026-04-27');
    expect(finalPlanBy('2026-01-05')).toBe('2026-05-25');
  });

  it('counts a weekend request from that day: the limits fall on the same weekday', () => {
    expect(decideWhetherToAssessBy('2026-01-10')).toBe('2026-02-21');
    expect(formatLongDate(finalPlanBy('2026-01-10'))).toBe('Saturday 30 May 2026');
  });

  it('gives 15 days to comment with the day the draft arrived as day 1 (reg 13(1))', () => {
    expect(commentsBy('2026-04-01')).toBe('2026-04-15');
    expect(commentsBy('2028-02-20')).toBe('2028-03-05'); // through a leap day
  });

  it('gives 2 months to appeal, or 1 month from a later mediation certificate (HESC rule 20)', () => {
    expect(appealBy('2026-05-11')).toBe('2026-07-11');
    expect(appealBy('2026-05-11', '2026-06-20')).toBe('2026-07-20');
    expect(appealBy('2026-05-11', '2026-05-20')).toBe('2026-07-11'); // the 2 months is later
    expect(appealBy('2026-12-31')).toBe('2027-02-28');
  });

  it('moves an appeal deadline in August or over New Year to the next working day', () => {
    expect(appealBy('2026-06-15')).toBe('2026-09-01'); // 15 August 2026 → Tuesday 1 September
    expect(appealBy('2027-06-10')).toBe('2027-09-01');
    expect(appealBy('2025-06-10')).toBe('2025-09-01');
    expect(appealBy('2026-06-30')).toBe('2026-09-01');
    expect(appealBy('2020-06-30')).toBe('2020-09-01'); // 31 Aug 2020 was a Monday; 1 September a Tuesday
    expect(appealBy('2019-06-30')).toBe('2019-09-02'); // 1 September 2019 was a Sunday
    // 1 October + 1 month from a 29 November certificate = 29 December → the first working day after 1 January.
    expect(appealBy('2026-10-01', '2026-11-29')).toBe('2027-01-04'); // 2 January 2027 is a Saturday
    expect(appealBy('2021-10-27', '2021-11-30')).toBe('2022-01-04'); // 1 January 2022 a Saturday: Monday 3rd is the bank holiday
    expect(appealBy('2022-10-27', '2022-11-30')).toBe('2023-01-03'); // 1 January 2023 a Sunday: Monday 2nd is the bank holiday
    expect(appealBy('2025-10-27', '2025-11-30')).toBe('2026-01-02');
  });

  it('sets the annual review, its decision and the amended plan (s.44, regs 20 and 22)', () => {
    expect(reviewBy('2026-05-25')).toBe('2027-05-24');
    expect(reviewDecisionBy('2027-03-10')).toBe('2027-04-07');
    expect(amendedPlanBy('2027-04-01')).toBe('2027-05-27');
  });

  it('sets the phase transfer deadlines before 15 February and 31 March (reg 18)', () => {
    expect(phaseTransferDeadline('school', 2027)).toEqual({ before: '2027-02-15', lastDay: '2027-02-14' });
    expect(phaseTransferDeadline('post-16', 2028)).toEqual({ before: '2028-03-31', lastDay: '2028-03-30' });
  });
});

describe('a family timeline', () => {
  it('shows what is due next and what is to come after a request', () => {
    const steps = buildTimeline({ journey: 'assessment', requestReceived: '2026-01-05' }, '2026-01-20');
    expect(steps.map((s) => [s.id, s.status, s.due])).toEqual([
      ['decide-whether-to-assess', 'next', '2026-02-16'],
      ['assessment-and-draft', 'upcoming', '2026-04-27'],
      ['comment-on-draft', 'waiting', undefined],
      ['final-plan', 'upcoming', '2026-05-25'],
      ['mediation-and-appeal', 'waiting', undefined],
      ['first-review', 'waiting', undefined],
    ]);
  });

  it('marks a council step late, in days, when its date has passed with no letter', () => {
    const steps = buildTimeline({ journey: 'assessment', requestReceived: '2026-01-05' }, '2026-02-20');
    expect(steps[0]).toMatchObject({ status: 'late', lateDays: 4 });
    expect(mostOverdue(steps)?.id).toBe('decide-whether-to-assess');
    expect(steps[1].status).toBe('next');
  });

  it('works later dates out from the letters that came', () => {
    const steps = buildTimeline(
      {
        journey: 'assessment',
        requestReceived: '2026-01-05',
        decisionToAssess: { date: '2026-02-20', outcome: 'assess' },
        draftPlan: '2026-04-20',
        finalPlan: '2026-05-20',
      },
      '2026-05-21',
    );
    const byId = Object.fromEntries(steps.map((s) => [s.id, s]));
    expect(byId['decide-whether-to-assess']).toMatchObject({ status: 'done', doneOn: '2026-02-20', lateDays: 4 });
    expect(byId['comment-on-draft']).toMatchObject({ status: 'closed', due: '2026-05-04' });
    expect(byId['final-plan']).toMatchObject({ status: 'done' });
    expect(byId['mediation-and-appeal']).toMatchObject({ status: 'next', due: '2026-07-20', mediationAdviserBy: '2026-07-20' });
    expect(byId['first-review']).toMatchObject({ status: 'upcoming', due: '2027-05-19' });
  });

  it('after a refusal to assess, leaves out the plan steps and counts the appeal from the letter', () => {
    const steps = buildTimeline(
      { journey: 'assessment', requestReceived: '2026-01-05', decisionToAssess: { date: '2026-02-10', outcome: 'refuse' }, mediationCertificate: '2026-03-20' },
      '2026-03-21',
    );
    expect(steps.filter((s) => s.status === 'not-needed').map((s) => s.id)).toEqual(['assessment-and-draft', 'comment-on-draft', 'final-plan', 'first-review']);
    expect(steps.find((s) => s.id === 'mediation-and-appeal')).toMatchObject({ status: 'next', due: '2026-04-20' });
  });

  it('runs an annual review with a phase transfer', () => {
    const steps = buildTimeline(
      {
        journey: 'review',
        planOrLastReview: '2026-03-01',
        reviewMeeting: '2026-11-10',
        reviewDecision: { date: '2026-12-01', outcome: 'amend' },
        phaseTransfer: { move: 'school', year: 2027 },
      },
      '2026-12-02',
    );
    expect(steps.map((s) => [s.id, s.status, s.due])).toEqual([
      ['review-meeting', 'done', '2027-02-28'],
      ['review-decision', 'done', '2026-12-08'],
      ['comment-on-changes', 'next', '2026-12-15'],
      ['amended-plan', 'upcoming', '2027-01-26'],
      ['phase-transfer', 'upcoming', '2027-02-14'],
      ['mediation-and-appeal', 'waiting', undefined],
      ['next-review', 'upcoming', '2027-11-09'],
    ]);
  });
});

describe('the worked examples on the page', () => {
  it('matches the request example step by step', () => {
    expect(workedExample().map((row) => [row.label, formatLongDate(row.date)])).toEqual([
      ['The council receives the request', 'Monday 5 January 2026'],
      ['Decision on whether to assess', 'Monday 16 February 2026'],
      ['Decision not to issue a plan, if that is the outcome', 'Monday 27 April 2026'],
      ['Draft plan arrives (example date)', 'Monday 20 April 2026'],
      ['Last day to comment on the draft', 'Monday 4 May 2026'],
      ['Final plan', 'Monday 25 May 2026'],
      ['First annual review', 'Monday 24 May 2027'],
    ]);
  });

  it('matches the annual review example', () => {
    expect(reviewExample().map((row) => [row.label, formatLongDate(row.date)])).toEqual([
      ['Review meeting (example date)', 'Tuesday 10 November 2026'],
      ['Reports and invitation, at the latest', 'Tuesday 27 October 2026'],
      ['Council decision, with any proposed changes', 'Tuesday 8 December 2026'],
      ['Amended plan', 'Tuesday 2 February 2027'],
      ['Amended plan for a move to secondary school in September 2027', 'Sunday 14 February 2027'],
    ]);
  });
});

describe('the date boxes', () => {
  const rules = { name: 'The date the council received your request', today: '2026-03-01' };
  const read = (day: string, month: string, year: string) => readDateInput({ day, month, year }, rules);

  it('accepts a real date in the past, with the month as a number or a word', () => {
    expect(read('5', '1', '2026')).toEqual({ ok: true, date: '2026-01-05' });
    expect(read('05', 'jan', '2026')).toEqual({ ok: true, date: '2026-01-05' });
    expect(read('29', '2', '2024')).toEqual({ ok: true, date: '2024-02-29' });
  });

  it('uses the GOV.UK messages for missing parts, impossible dates and the future', () => {
    expect(read('', '', '')).toMatchObject({ message: 'Enter the date the council received your request' });
    expect(read('5', '', '')).toMatchObject({ message: 'The date the council received your request must include a month and year', fields: ['month', 'year'] });
    expect(read('', '1', '2026')).toMatchObject({ message: 'The date the council received your request must include a day', fields: ['day'] });
    expect(read('29', '2', '2025')).toMatchObject({ message: 'The date the council received your request must be a real date' });
    expect(read('31', '13', '2025')).toMatchObject({ message: 'The date the council received your request must be a real date', fields: ['month'] });
    expect(read('5', '1', '26')).toMatchObject({ message: 'Year must include 4 numbers', fields: ['year'] });
    expect(read('2', '3', '2026')).toMatchObject({ message: 'The date the council received your request must be today or in the past' });
  });

  it('refuses a letter dated before the request', () => {
    expect(
      readDateInput(
        { day: '1', month: '1', year: '2026' },
        { name: 'The date the draft plan arrived', today: '2026-03-01', notBefore: { date: '2026-01-05', name: 'the day the council received your request' } },
      ),
    ).toMatchObject({
      message: 'The date the draft plan arrived must be the same as or after 5 January 2026, the day the council received your request',
    });
  });
});

describe('the calendar file', () => {
  it('writes all-day events with escaped, folded text', () => {
    const ics = calendarFile(
      [{ date: '2026-02-16', title: 'Decision on assessment due', description: 'The council must tell you, by law; if not, call the EHC team. '.repeat(3) }],
      { calendarName: 'My EHC dates', stamp: new Date('2026-01-20T10:00:00Z'), uidDomain: 'localoffer.example' },
    );
    expect(ics).toContain('DTSTART;VALUE=DATE:20260216\r\nDTEND;VALUE=DATE:20260217\r\n');
    expect(ics).toContain('DTSTAMP:20260120T100000Z');
    expect(ics).toContain('law\\; if not\\, call');
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});
