import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor, Clock, currentAcademicYear } from '@chn/core';
import { EmployersService, MembershipsService, SizeBand } from '@chn/employers';
import {
  ProgrammeKind,
  ProgrammeParticipantsService,
  ProgrammeSessionsService,
  ProgrammesService,
  YearGroupCount,
} from '@chn/programmes';

const DAY_MS = 86_400_000;

/** The hospital hosting the supported internships (fictional, like the demo's other employers). */
const HOSPITAL = {
  name: 'Mersey Women’s Hospital',
  sector: 'Health & Social Care',
  sizeBand: SizeBand.LARGE,
  postcode: 'L8 7SS',
  website: 'https://mersey-womens-hospital.example',
};

const DEPARTMENTS = ['catering', 'maintenance', 'domestics', 'pharmacy'];

interface DemoInstitution {
  id: string;
  type: string;
}

/** Dates from `first` every `everyDays` days up to `last`, each moved off a weekend to the Monday. */
function schoolDays(first: string, last: string, everyDays: number): string[] {
  const dates: string[] = [];
  for (let t = Date.parse(first); t <= Date.parse(last); t += everyDays * DAY_MS) {
    const day = new Date(t).getUTCDay();
    const shift = day === 6 ? 2 : day === 0 ? 1 : 0;
    const date = new Date(t + shift * DAY_MS).toISOString().slice(0, 10);
    if (date <= last) dates.push(date);
  }
  return dates;
}

const counts = (entries: [number, number][]): YearGroupCount[] =>
  entries.map(([yearGroup, pupils]) => ({ yearGroup, pupils }));

/**
 * The demo hub's three programmes from the hub's own newsletter, through the real services:
 * Careers Champions for the growth sectors, a Supported Internship at a hospital (seven students,
 * three to four days a week, four departments) and the Let's Explore VR tour of schools and
 * colleges, with participants and sessions from September up to yesterday.
 */
@Injectable()
export class DemoProgrammesSeedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly employers: EmployersService,
    private readonly memberships: MembershipsService,
    private readonly programmes: ProgrammesService,
    private readonly participants: ProgrammeParticipantsService,
    private readonly sessions: ProgrammeSessionsService,
  ) {}

  async seed(admin: Actor): Promise<void> {
    const hubId = admin.hubId!;
    const year = currentAcademicYear(this.clock.now());
    const nextYear = Number(year.startsOn.slice(0, 4)) + 1;
    const yesterday = new Date(this.clock.now().getTime() - DAY_MS).toISOString().slice(0, 10);
    const employerIds = await this.employerIdsByName(hubId);
    const hospitalId = await this.hospital(admin);
    const institutions: DemoInstitution[] = await this.db.query(
      `SELECT id, type::text AS type FROM institutions
       WHERE hub_id = $1 AND in_hub_since IS NOT NULL
       ORDER BY careers_leader_id IS NULL, name`,
      [hubId],
    );
    const ofType = (type: string) => institutions.filter((i) => i.type === type);
    // The careers leader's institution comes first of its type, so the demo careers leader takes part.
    const mainstream = institutions.filter((i) => i.type === 'MAINSTREAM');

    const champions = await this.programmes.create(admin, {
      name: 'Careers Champions',
      kind: ProgrammeKind.AMBASSADORS,
      description:
        'Student ambassadors aged 11 to 19, each representing one of the city region’s growth sectors: they work with their careers team and other champions to bring the sector’s opportunities to their peers, and go to sector events such as Digital Manufacturing Week.',
      sectors: ['Digital & Gaming', 'Health & Social Care', 'Visitor Economy'],
      hostEmployerIds: [
        employerIds.get('Mersey Pixel Studios')!,
        employerIds.get('Riverside Care Trust')!,
        employerIds.get('Albert Dock Hotel')!,
      ],
      startsOn: year.startsOn,
      endsOn: `${nextYear}-07-17`,
    });
    const championSchools = [...mainstream.slice(0, 6), ...ofType('POST_16').slice(0, 2)];
    for (const [index, school] of championSchools.entries()) {
      const cohort: [number, number][] =
        school.type === 'POST_16'
          ? [
              [12, 3],
              [13, 2],
            ]
          : [
              [8, 2],
              [9, 3],
              [10, 3],
            ];
      const participant = await this.participants.add(admin, {
        programmeId: champions.id,
        institutionId: school.id,
        cohort: counts(cohort),
        sendPupils: index % 3 === 0 ? 1 : 0,
        fsmPupils: 2,
      });
      // Monthly champions' meetings, each school on its own week of the month.
      const first = new Date(Date.parse(year.startsOn) + (14 + index * 3) * DAY_MS)
        .toISOString()
        .slice(0, 10);
      for (const [n, heldOn] of schoolDays(first, yesterday, 28).entries()) {
        await this.sessions.record(admin, {
          participantId: participant.id,
          heldOn,
          reached: counts(n % 4 === 3 ? cohort.map(([y, p]) => [y, p - 1]) : cohort),
          notes:
            n === 2
              ? 'Digital Manufacturing Week: engineering and green skills in Minecraft'
              : undefined,
        });
      }
    }

    const internship = await this.programmes.create(admin, {
      name: `Supported Internship at ${HOSPITAL.name}`,
      kind: ProgrammeKind.SUPPORTED_INTERNSHIP,
      description: `Seven students work at the hospital three to four days a week across ${DEPARTMENTS.join(', ')}, moving on in June to employment, further education or volunteering within the NHS.`,
      sectors: ['Health & Social Care'],
      hostEmployerIds: [hospitalId],
      startsOn: year.startsOn,
      endsOn: `${nextYear}-06-26`,
    });
    const college = ofType('SEND')[0] ?? ofType('POST_16')[0];
    const interns = await this.participants.add(admin, {
      programmeId: internship.id,
      institutionId: college.id,
      cohort: counts([[13, 7]]),
      sendPupils: 7,
      fsmPupils: 3,
    });
    const internshipStart = new Date(Date.parse(year.startsOn) + 7 * DAY_MS)
      .toISOString()
      .slice(0, 10);
    for (const [week, heldOn] of schoolDays(internshipStart, yesterday, 7).entries()) {
      await this.sessions.record(admin, {
        participantId: interns.id,
        heldOn,
        reached: counts([[13, week % 5 === 4 ? 6 : 7]]),
        notes: `Week ${week + 1}: ${week % 2 === 0 ? 'four' : 'three'} days, ${DEPARTMENTS[Math.floor(week / 6) % DEPARTMENTS.length]} rotation`,
      });
    }

    const explore = await this.programmes.create(admin, {
      name: 'Let’s Explore',
      kind: ProgrammeKind.TOURING_EXPERIENCE,
      description:
        'Virtual-reality work exposure touring schools and colleges, building students’ confidence and employability skills before the workplace: three experiences, housing, engineering and the visitor economy.',
      sectors: ['Construction & Housing', 'Engineering & Manufacturing', 'Visitor Economy'],
      hostEmployerIds: [employerIds.get('Albert Dock Hotel')!],
      startsOn: year.startsOn,
      endsOn: `${nextYear}-07-17`,
    });
    const tour = [
      ...ofType('SEND').slice(1, 5),
      ...ofType('AP').slice(0, 3),
      ...mainstream.slice(6, 9),
    ];
    const visits = schoolDays(
      new Date(Date.parse(year.startsOn) + 10 * DAY_MS).toISOString().slice(0, 10),
      yesterday,
      9,
    );
    for (const [index, school] of tour.entries()) {
      const heldOn = visits[index];
      const cohort: [number, number][] =
        school.type === 'MAINSTREAM'
          ? [
              [9, 28],
              [10, 26],
            ]
          : [
              [9, 6],
              [10, 8],
              [11, 7],
            ];
      const participant = await this.participants.add(admin, {
        programmeId: explore.id,
        institutionId: school.id,
        cohort: counts(cohort),
        sendPupils: school.type === 'MAINSTREAM' ? 6 : 18,
        fsmPupils: school.type === 'MAINSTREAM' ? 14 : 11,
      });
      // The tour reaches a school once its visit day has come.
      if (!heldOn) continue;
      await this.sessions.record(admin, {
        participantId: participant.id,
        heldOn,
        reached: counts(cohort.map(([y, p]) => [y, p - (index % 3)])),
      });
    }
  }

  private async employerIdsByName(hubId: string): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.db.query(
      'SELECT id, name FROM employers WHERE hub_id = $1',
      [hubId],
    );
    return new Map(rows.map((row) => [row.name, row.id]));
  }

  /** The hospital joins the network: hosts must hold an ACTIVE membership. */
  private async hospital(admin: Actor): Promise<string> {
    const employer = await this.employers.create(admin, HOSPITAL);
    const membership = await this.memberships.apply(admin, {
      employerId: employer.id,
      pledge: 'Supported internships for seven students a year',
    });
    const joinedOn = new Date(this.clock.now().getTime() - 400 * DAY_MS).toISOString().slice(0, 10);
    await this.memberships.approve(admin, { id: membership.id, joinedOn });
    return employer.id;
  }
}
