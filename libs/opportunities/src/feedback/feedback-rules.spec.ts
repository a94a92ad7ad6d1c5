import { Role } from '@chn/core';
import { BookingStatus } from '../domain/opportunity.enums';
import { FeedbackParty } from './feedback-party';
import { isDelivered, partiesOf, pupilCountProblems } from './feedback-rules';

const delivered = {
  status: BookingStatus.CONFIRMED,
  attended: 3,
  attendanceRecordedAt: new Date('2027-03-05T15:00:00Z'),
  endsOn: '2027-03-05',
};

describe('feedback rules', () => {
  it('takes feedback from the last day on, once attendance counts at least one pupil', () => {
    expect(isDelivered(delivered, '2027-03-05')).toBe(true);
    expect(isDelivered(delivered, '2027-03-04')).toBe(false);
    expect(
      isDelivered({ ...delivered, attendanceRecordedAt: null, attended: null }, '2027-03-09'),
    ).toBe(false);
    expect(isDelivered({ ...delivered, attended: 0 }, '2027-03-09')).toBe(false);
    expect(isDelivered({ ...delivered, status: BookingStatus.CANCELLED }, '2027-03-09')).toBe(
      false,
    );
  });

  it('has the careers leader give the school’s and the pupils’ feedback', () => {
    expect(partiesOf(Role.CAREERS_LEADER)).toEqual([
      FeedbackParty.CAREERS_LEADER,
      FeedbackParty.PUPILS,
    ]);
    expect(partiesOf(Role.EMPLOYER)).toEqual([FeedbackParty.EMPLOYER]);
    expect(partiesOf(Role.HUB_STAFF)).toEqual([]);
  });

  it('refuses pupil counts above the attendance or answers above the respondents', () => {
    const counts = {
      responded: 4,
      foundUseful: 4,
      knowMoreAboutSector: 2,
      moreConfidentAboutNextSteps: 0,
      wouldConsiderSector: 1,
    };
    expect(pupilCountProblems(counts, 4)).toEqual({ exceedsAttendance: false, fields: [] });
    expect(pupilCountProblems(counts, 3)).toEqual({ exceedsAttendance: true, fields: [] });
    expect(pupilCountProblems({ ...counts, responded: 2, foundUseful: 3 }, 4)).toEqual({
      exceedsAttendance: false,
      fields: ['foundUseful'],
    });
  });
});
