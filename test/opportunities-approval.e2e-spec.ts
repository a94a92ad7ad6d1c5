import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { TestApp } from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import { FAST_NOTIFICATIONS, inboxNotice } from './notifications.fixtures';
import {
  createEmployer,
  CREATE_OPPORTUNITY,
  daysFromToday,
  employerUser,
  ledInstitution,
  opportunityInput,
  PUBLISH_OPPORTUNITY,
  SignedIn,
} from './opportunities.fixtures';

const SUBMIT = `mutation ($id: ID!) { submitOpportunity(id: $id) { id status rejectionReason submittedAt } }`;
const APPROVE = `mutation ($id: ID!) { approveOpportunity(id: $id) { id status publishedAt } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) {
  rejectOpportunity(id: $id, reason: $reason) { id status rejectionReason }
}`;
const SET_APPROVAL = `mutation ($required: Boolean!) {
  setOpportunityApproval(required: $required) { hubId approvalRequired }
}`;
const OPPORTUNITY = `query ($id: ID!) {
  opportunity(id: $id) {
    status needsApproval rejectionReason atEmployerPremises
    riskAssessment { reviewedOn reviewedBy validUntil link document { fileName sizeBytes contentType downloadPath } }
  }
}`;
const RECORD_COMPLIANCE = `mutation ($input: RecordEmployerComplianceInput!) {
  recordEmployerCompliance(input: $input) { employerId insurer policyNumber coverAmountPounds insuranceExpiresOn }
}`;
const COMPLIANCE = `query ($employerId: ID) {
  employerCompliance(employerId: $employerId) { employerId insurer insuranceExpiresOn safeguardingReviewedOn dataProtectionStatement }
}`;
const RECORD_RISK = `mutation ($input: RecordRiskAssessmentInput!) {
  recordRiskAssessment(input: $input) { opportunityId reviewedOn document { id fileName sizeBytes downloadPath } link }
}`;
const ENDING_SOON = `{ insuranceEndingSoon { employerId insuranceExpiresOn insuranceExpired employer { name } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateOpportunityInput!) {
  updateOpportunity(id: $id, input: $input) { id }
}`;

const MAX_BYTES = 2048;
const pdf = (size: number) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]).toString('base64');

describe('hub approval and employer compliance (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let worker: INestApplicationContext;
  let hubId: string;
  let admin: SignedIn;
  let staff: SignedIn;
  let employerId: string;
  let contact: SignedIn;
  let otherContact: SignedIn;
  let leader: SignedIn;

  const create = async (client: SignedIn, overrides: Record<string, unknown> = {}) =>
    (
      await client.ok<{ createOpportunity: { id: string } }>(CREATE_OPPORTUNITY, {
        input: opportunityInput(overrides),
      })
    ).createOpportunity.id;
  /** Everything a refusal must leave as it was: the row, its audit trail and its events. */
  const snapshot = async (opportunityId: string) => ({
    row: (await db.query('SELECT * FROM opportunities WHERE id = $1', [opportunityId]))[0],
    audit: (
      await db.query('SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1', [
        opportunityId,
      ])
    )[0].n,
    events: (
      await db.query('SELECT count(*)::int AS n FROM domain_events WHERE aggregate_id = $1', [
        opportunityId,
      ])
    )[0].n,
    documents: (await db.query('SELECT count(*)::int AS n FROM compliance_documents'))[0].n,
    assessments: (await db.query('SELECT count(*)::int AS n FROM opportunity_risk_assessments'))[0]
      .n,
  });
  const refusal = async (client: SignedIn, query: string, variables: Record<string, unknown>) => {
    const res = await client.request(query, variables);
    return res.errors?.[0].extensions;
  };

  beforeAll(async () => {
    t = await TestApp.start({
      ...FAST_NOTIFICATIONS,
      COMPLIANCE_DOCUMENT_MAX_BYTES: String(MAX_BYTES),
    });
    db = t.get(DataSource);
    hubId = (await t.createHub('SAFE', 'Wirral Careers Hub')).id;
    admin = await t.signedIn(Role.HUB_ADMIN, hubId);
    staff = await t.signedIn(Role.HUB_STAFF, hubId);
    employerId = await createEmployer(t, hubId, 'Birkenhead Boatworks');
    contact = await employerUser(t, hubId, employerId);
    otherContact = await employerUser(t, hubId, await createEmployer(t, hubId, 'Other Ltd'));
    leader = (await ledInstitution(t, hubId, { name: 'Wallasey School' })).leader;
    worker = await createWorkerApp();
  });
  afterAll(async () => {
    await worker?.close();
    await t.stop();
  });

  it('lets only the hub admin make every opportunity need approval, audited', async () => {
    expect(await refusal(staff, SET_APPROVAL, { required: true })).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ROLE_NOT_ALLOWED',
    });
    const { setOpportunityApproval } = await admin.ok<{
      setOpportunityApproval: { approvalRequired: boolean };
    }>(SET_APPROVAL, { required: true });
    expect(setOpportunityApproval).toEqual({ hubId, approvalRequired: true });
    const audit = await db.query(
      `SELECT action, changes FROM audit_log WHERE entity_id = $1 AND action = 'opportunity_approval_set'`,
      [hubId],
    );
    expect(audit).toEqual([
      {
        action: 'opportunity_approval_set',
        changes: { opportunityApprovalRequired: { from: false, to: true } },
      },
    ]);
  });

  it('walks draft → submit → reject → resubmit → approve → published, telling the next party each time', async () => {
    const id = await create(contact, { title: 'Boatyard tour' });
    const before = await snapshot(id);
    expect(await refusal(contact, PUBLISH_OPPORTUNITY, { id })).toMatchObject({
      code: 'CONFLICT',
      reason: 'APPROVAL_REQUIRED',
    });
    expect(await snapshot(id)).toEqual(before);

    const { submitOpportunity } = await contact.ok<{ submitOpportunity: { status: string } }>(
      SUBMIT,
      { id },
    );
    expect(submitOpportunity.status).toBe('PENDING_APPROVAL');
    expect(await inboxNotice(staff, 'OPPORTUNITY_SUBMITTED', 'Boatyard tour')).toMatchObject({
      subject: 'To approve: Boatyard tour by Birkenhead Boatworks',
    });
    // Not yet visible to schools.
    expect((await leader.request(OPPORTUNITY, { id })).errors?.[0].extensions?.reason).toBe(
      'OPPORTUNITY_NOT_FOUND',
    );
    // The employer cannot approve its own opportunity.
    expect(await refusal(contact, APPROVE, { id })).toMatchObject({ reason: 'ROLE_NOT_ALLOWED' });
    expect(await refusal(staff, REJECT, { id, reason: '   ' })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });

    const { rejectOpportunity } = await staff.ok<{ rejectOpportunity: { status: string } }>(
      REJECT,
      {
        id,
        reason: 'Say who supervises the young people on the day.',
      },
    );
    expect(rejectOpportunity).toEqual({
      id,
      status: 'DRAFT',
      rejectionReason: 'Say who supervises the young people on the day.',
    });
    const rejected = await inboxNotice(contact, 'OPPORTUNITY_REJECTED', 'Boatyard tour');
    expect(rejected.body).toContain(
      'Reason given: Say who supervises the young people on the day.',
    );
    expect(await refusal(staff, APPROVE, { id })).toMatchObject({
      code: 'CONFLICT',
      reason: 'NOT_AWAITING_APPROVAL',
    });

    const again = await contact.ok<{ submitOpportunity: { rejectionReason: string | null } }>(
      SUBMIT,
      { id },
    );
    expect(again.submitOpportunity.rejectionReason).toBeNull();
    const { approveOpportunity } = await staff.ok<{
      approveOpportunity: { status: string; publishedAt: string };
    }>(APPROVE, { id });
    expect(approveOpportunity.status).toBe('PUBLISHED');
    expect(approveOpportunity.publishedAt).toEqual(expect.any(String));
    expect(await inboxNotice(contact, 'OPPORTUNITY_APPROVED', 'Boatyard tour')).toMatchObject({
      subject: 'Approved and published: Boatyard tour',
    });
    const { opportunity } = await leader.ok<{ opportunity: { status: string } }>(OPPORTUNITY, {
      id,
    });
    expect(opportunity.status).toBe('PUBLISHED');
    // Once published, it cannot quietly become a placement.
    const published = await snapshot(id);
    expect(
      await refusal(contact, UPDATE, { id, input: { atEmployerPremises: true } }),
    ).toMatchObject({ code: 'CONFLICT', reason: 'APPROVAL_REQUIRED' });
    expect(await snapshot(id)).toEqual(published);
    const trail = await db.query(
      `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY at, action`,
      [id],
    );
    expect(trail.map((row: { action: string }) => row.action)).toEqual([
      'created',
      'submitted',
      'rejected',
      'submitted',
      'approved',
    ]);
    const events = await db.query(
      `SELECT type FROM domain_events WHERE aggregate_id = $1 ORDER BY occurred_at, type`,
      [id],
    );
    expect(events.map((row: { type: string }) => row.type).sort()).toEqual(
      [
        'opportunity.approved',
        'opportunity.published',
        'opportunity.rejected',
        'opportunity.submitted',
        'opportunity.submitted',
      ].sort(),
    );
  });

  it('refuses an employer acting on another employer’s opportunity (its draft hidden), changing nothing', async () => {
    const id = await create(contact, { title: 'Not yours' });
    const before = await snapshot(id);
    expect(await refusal(otherContact, SUBMIT, { id })).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'OPPORTUNITY_NOT_FOUND',
    });
    expect(
      await refusal(otherContact, RECORD_RISK, {
        input: {
          opportunityId: id,
          reviewedOn: daysFromToday(-1),
          reviewedBy: 'Me',
          link: 'https://example.test/r',
        },
      }),
    ).toMatchObject({ code: 'NOT_FOUND', reason: 'OPPORTUNITY_NOT_FOUND' });
    // A published one it can see, but not act on.
    const [published] = await db.query(
      `SELECT id FROM opportunities WHERE title = 'Boatyard tour'`,
    );
    const publishedBefore = await snapshot(published.id);
    expect(
      await refusal(otherContact, RECORD_RISK, {
        input: {
          opportunityId: published.id,
          reviewedOn: daysFromToday(-1),
          reviewedBy: 'Me',
          link: 'https://example.test/r',
        },
      }),
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_OPPORTUNITY' });
    expect(await snapshot(published.id)).toEqual(publishedBefore);
    expect(await refusal(otherContact, COMPLIANCE, { employerId })).toMatchObject({
      reason: 'NOT_YOUR_EMPLOYER',
    });
    expect(
      await refusal(otherContact, RECORD_COMPLIANCE, { input: { employerId, insurer: 'Mine' } }),
    ).toMatchObject({ reason: 'NOT_YOUR_EMPLOYER' });
    expect(await snapshot(id)).toEqual(before);
  });

  describe('a placement at the employer’s premises', () => {
    let id: string;
    const endsOn = daysFromToday(40);

    beforeAll(async () => {
      await admin.ok(SET_APPROVAL, { required: false });
      id = await create(contact, {
        title: 'Week in the boatyard',
        kind: 'WORK_EXPERIENCE_PLACEMENT',
        tier: 'T3',
        atEmployerPremises: true,
        startsOn: daysFromToday(36),
        endsOn,
        lengthDays: 5,
      });
    });

    it('always needs approval, whatever the hub’s setting', async () => {
      const { opportunity } = await contact.ok<{ opportunity: { needsApproval: boolean } }>(
        OPPORTUNITY,
        { id },
      );
      expect(opportunity.needsApproval).toBe(true);
      expect(await refusal(contact, PUBLISH_OPPORTUNITY, { id })).toMatchObject({
        reason: 'APPROVAL_REQUIRED',
      });
      await contact.ok(SUBMIT, { id });
      const notice = await inboxNotice(staff, 'OPPORTUNITY_SUBMITTED', 'Week in the boatyard');
      expect(notice.body).toContain('It is a placement');
    });

    it('cannot be approved without insurance, or with insurance running out before it ends', async () => {
      const before = await snapshot(id);
      expect(await refusal(staff, APPROVE, { id })).toMatchObject({
        code: 'CONFLICT',
        reason: 'INSURANCE_MISSING',
      });
      await contact.ok(RECORD_COMPLIANCE, {
        input: {
          insurer: 'Mersey Mutual',
          policyNumber: 'EL-2026-881',
          coverAmountPounds: 10000000,
          insuranceExpiresOn: daysFromToday(38),
          safeguardingReviewedOn: daysFromToday(-100),
          dataProtectionStatement: 'We hold no pupil data beyond first names on the day.',
        },
      });
      const expired = await refusal(staff, APPROVE, { id });
      expect(expired).toMatchObject({ code: 'CONFLICT', reason: 'INSURANCE_EXPIRED' });
      expect(await snapshot(id)).toEqual(before);
    });

    it('lists the employer among those whose cover runs out within 60 days, for hub staff only', async () => {
      const { insuranceEndingSoon } = await staff.ok<{
        insuranceEndingSoon: {
          employerId: string;
          insuranceExpired: boolean;
          employer: { name: string };
        }[];
      }>(ENDING_SOON);
      expect(insuranceEndingSoon).toEqual([
        {
          employerId,
          insuranceExpiresOn: daysFromToday(38),
          insuranceExpired: false,
          employer: { name: 'Birkenhead Boatworks' },
        },
      ]);
      expect(await refusal(contact, ENDING_SOON, {})).toMatchObject({ reason: 'ROLE_NOT_ALLOWED' });
    });

    it('refuses a risk assessment that is not a PDF or too large, keeping nothing', async () => {
      await contact.ok(RECORD_COMPLIANCE, { input: { insuranceExpiresOn: daysFromToday(400) } });
      const before = await snapshot(id);
      expect(await refusal(staff, APPROVE, { id })).toMatchObject({
        reason: 'RISK_ASSESSMENT_MISSING',
      });
      const input = { opportunityId: id, reviewedOn: daysFromToday(-3), reviewedBy: 'Pat Safety' };
      expect(
        await refusal(contact, RECORD_RISK, {
          input: {
            ...input,
            fileName: 'risk.pdf',
            pdfBase64: Buffer.from('PK\u0003\u0004zip').toString('base64'),
          },
        }),
      ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DOCUMENT_NOT_PDF' });
      expect(
        await refusal(contact, RECORD_RISK, {
          input: { ...input, fileName: 'risk.pdf', pdfBase64: pdf(MAX_BYTES + 1) },
        }),
      ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DOCUMENT_TOO_LARGE' });
      expect(
        await refusal(contact, RECORD_RISK, {
          input: { ...input, link: 'https://example.test/risk', pdfBase64: pdf(100) },
        }),
      ).toMatchObject({ reason: 'RISK_ASSESSMENT_EVIDENCE' });
      expect(await snapshot(id)).toEqual(before);
    });

    it('is approved once a PDF risk assessment is kept, which its owner and hub staff can download', async () => {
      const { recordRiskAssessment } = await contact.ok<{
        recordRiskAssessment: { document: { id: string; sizeBytes: number; downloadPath: string } };
      }>(RECORD_RISK, {
        input: {
          opportunityId: id,
          reviewedOn: daysFromToday(-3),
          reviewedBy: 'Pat Safety',
          fileName: 'boatyard risk.pdf',
          pdfBase64: pdf(MAX_BYTES),
        },
      });
      expect(recordRiskAssessment.document).toMatchObject({
        fileName: 'boatyard risk.pdf',
        sizeBytes: MAX_BYTES,
      });
      const path = recordRiskAssessment.document.downloadPath;
      const download = async (client: SignedIn) => {
        const token = (client as unknown as { token: string }).token;
        return fetch(`${t.client.baseUrl}${path}`, {
          headers: { authorization: `Bearer ${token}` },
        });
      };
      const mine = await download(staff);
      expect(mine.status).toBe(200);
      expect(mine.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await mine.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      expect((await download(otherContact)).status).toBe(404);
      expect((await fetch(`${t.client.baseUrl}${path}`)).status).toBe(401);

      const { approveOpportunity } = await staff.ok<{ approveOpportunity: { status: string } }>(
        APPROVE,
        { id },
      );
      expect(approveOpportunity.status).toBe('PUBLISHED');
      await inboxNotice(contact, 'OPPORTUNITY_APPROVED', 'Week in the boatyard');
      const { opportunity } = await contact.ok<{
        opportunity: { riskAssessment: { reviewedBy: string; validUntil: string } };
      }>(OPPORTUNITY, { id });
      expect(opportunity.riskAssessment).toMatchObject({ reviewedBy: 'Pat Safety' });
      const seen = await leader.ok<{ opportunity: { riskAssessment: unknown } }>(OPPORTUNITY, {
        id,
      });
      expect(seen.opportunity.riskAssessment).toBeNull();
    });

    it('refuses a risk assessment that runs out before the opportunity ends', async () => {
      const other = await create(contact, {
        title: 'Second week',
        atEmployerPremises: true,
        startsOn: daysFromToday(36),
        endsOn,
        lengthDays: 5,
      });
      await contact.ok(SUBMIT, { id: other });
      await contact.ok(RECORD_RISK, {
        input: {
          opportunityId: other,
          reviewedOn: daysFromToday(-340),
          reviewedBy: 'Pat Safety',
          link: 'https://example.test/old-risk',
        },
      });
      const before = await snapshot(other);
      expect(await refusal(staff, APPROVE, { id: other })).toMatchObject({
        code: 'CONFLICT',
        reason: 'RISK_ASSESSMENT_EXPIRED',
      });
      expect(await snapshot(other)).toEqual(before);
    });
  });

  it('shows an employer its own compliance record, empty until recorded', async () => {
    const fresh = await employerUser(t, hubId, await createEmployer(t, hubId, 'Fresh Co'));
    const { employerCompliance } = await fresh.ok<{ employerCompliance: Record<string, unknown> }>(
      COMPLIANCE,
    );
    expect(employerCompliance).toMatchObject({ insurer: null, insuranceExpiresOn: null });
    const mine = await contact.ok<{ employerCompliance: Record<string, unknown> }>(COMPLIANCE);
    expect(mine.employerCompliance).toMatchObject({
      employerId,
      insurer: 'Mersey Mutual',
      safeguardingReviewedOn: daysFromToday(-100),
    });
  });
});
