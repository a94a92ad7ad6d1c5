import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { DataSource } from 'typeorm';
import { TestApp } from '@chn/testing';

/** Names that could hold a child's personal data, matched against each snake_case part. */
const SUSPICIOUS: { pattern: RegExp; why: string; ownerOnly?: boolean }[] = [
  {
    // A count of pupils is fine (`institutions.pupils`); a table or type of them is not.
    pattern: /^(pupil|student|child|children|learner|young_person)s?$/,
    why: 'a table or type of pupils',
    ownerOnly: true,
  },
  {
    pattern:
      /(pupil|student|child|children|learner|young_person)s?_?(name|email|phone|dob|birth|address|postcode|upn|uln|gender|ethnicity|photo|id|details)/,
    why: 'a pupil’s details',
  },
  {
    pattern:
      /(^|_)(first|given|last|family|middle|full)_?names?(_|$)|(^|_)(forename|surname)s?(_|$)/,
    why: 'a person’s name parts',
  },
  {
    pattern: /date_of_birth|birth_?(date|day)|(^|_)dob(_|$)|(^|_)age(_|$)/,
    why: 'a date of birth or age',
  },
  { pattern: /address|street|(^|_)town(_|$)|post_?code|(^|_)zip_?code/, why: 'an address' },
  {
    pattern: /(^|_)(upn|uln|unique_pupil|unique_learner|nhs_number|national_insurance)(_|$)/,
    why: 'a pupil or person identifier',
  },
  { pattern: /gender|(^|_)sex(_|$)|ethnic|religio|nationality/, why: 'a protected characteristic' },
  {
    pattern: /medical|diagnos|allerg|disabilit|ehcp|health_condition|medication/,
    why: 'health or SEND details',
  },
  { pattern: /phone|mobile/, why: 'a phone number' },
  { pattern: /(^|_)photo|image/, why: 'a photograph' },
];

/**
 * Adults' and organisations' fields that match a pattern above, each with why it is no child's
 * data. Anything new that matches must be added here, on purpose, or renamed.
 */
const ALLOWED: { name: RegExp; why: string }[] = [
  {
    name: /^(employers|(Create|Update)?Employer(Input)?)\.postcode$/,
    why: 'an employer’s business address',
  },
  {
    name: /^(institutions|(Create|Update)?Institution(Input)?)\.(postcode|town)$/,
    why: 'a school’s or college’s address, as GIAS publishes it',
  },
  {
    name: /^(advisers|(Register|Update)?Adviser(Input)?|ExpressInterestAsAdviserInput)\.phone$/,
    why: 'an adult volunteer adviser’s phone',
  },
  {
    name: /^(employer_applications\.contact_phone|EmployerApplication\.contactPhone|ApplyToJoinNetworkInput\.phone)$/,
    why: 'the phone of an adult applying for their employer',
  },
  {
    name: /^(hub_events|HubEvent|PublicHubEvent|(Create|Update)HubEventInput)\.address$/,
    why: 'the address of the venue where a hub event is held',
  },
];

const snake = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();

function suspicious(names: string[]): string[] {
  return names
    .filter((name) => !ALLOWED.some((allowed) => allowed.name.test(name)))
    .flatMap((name) => {
      const parts = name.split(/[.()]/).filter(Boolean);
      const hit = SUSPICIOUS.find(({ pattern, ownerOnly }) =>
        (ownerOnly ? parts.slice(0, 1) : parts).some((part) => pattern.test(snake(part))),
      );
      return hit ? [`${name} (${hit.why})`] : [];
    });
}

describe('no child’s personal data (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('the GraphQL schema has no field or argument that could hold it', () => {
    const schema = t.get(GraphQLSchemaHost).schema;
    const names: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        names.push(type.name);
        for (const field of Object.values(type.getFields())) {
          names.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            names.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
    }
    expect(names.length).toBeGreaterThan(500);
    expect(suspicious(names)).toEqual([]);
  });

  it('the database has no table or column that could hold it', async () => {
    const columns: { table_name: string; column_name: string }[] = await t.get(DataSource).query(
      `SELECT table_name, column_name FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1, 2`,
    );
    const names = columns.map((c) => `${c.table_name}.${c.column_name}`);
    expect(names.length).toBeGreaterThan(300);
    expect(suspicious(names)).toEqual([]);
  });

  it('catches what it is for, and lets the allow-list through', () => {
    expect(suspicious(['pupils.name', 'Booking.studentNames', 'bookings.upn'])).toHaveLength(3);
    expect(suspicious(['Pupil.dateOfBirth', 'attendees.home_address', 'x.ethnicity'])).toHaveLength(
      3,
    );
    expect(
      suspicious(['bookings.places', 'Institution.pupils', 'KeyStageProgress.daysPerPupil']),
    ).toEqual([]);
    expect(suspicious(['Employer.postcode', 'institutions.town'])).toEqual([]);
    expect(suspicious(['Booking.postcode', 'bookings.contact_phone'])).toHaveLength(2);
  });
});
