import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, Role } from '@chn/core';

/** Someone who applied from a public form and was approved by hub staff. */
export interface ApprovedApplicant {
  hubId: string;
  role: Role.EMPLOYER | Role.ADVISER;
  email: string;
  name: string;
  /** The employer an approved employer contact acts for. */
  employerId?: string;
  /** The adviser record an approved adviser is to be linked to. */
  adviserId?: string;
}

/**
 * THE SEAM where an approved applicant is invited: their user (no password) is to be created
 * and emailed a one-time link to set one. Called inside the approval's transaction, after the
 * `employer.application_approved` / `adviser.approved` event is recorded. Until the invitation
 * flow exists it only logs; wire it to `inviteUser` here and nowhere else.
 */
@Injectable()
export class ApplicantInvitations {
  private readonly logger = new Logger(ApplicantInvitations.name);

  invite(_manager: EntityManager, _actor: Actor, applicant: ApprovedApplicant): Promise<void> {
    this.logger.log(`Invitation due for an approved ${applicant.role} applicant`);
    return Promise.resolve();
  }
}
