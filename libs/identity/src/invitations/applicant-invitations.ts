import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, Role } from '@chn/core';
import { UserEntity } from '../entities/user.entity';
import { AccountLinksService } from '../users/account-links.service';

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
 * Invites an approved applicant: inside the approval's transaction, their user is created with
 * no password and emailed a one-time link to set one (`user.invited`). An account that already
 * has the email is used as it is when it belongs to the same hub and role; otherwise nobody is
 * invited or linked. Answers the user id for the caller to link (employer contact, adviser).
 */
@Injectable()
export class ApplicantInvitations {
  constructor(private readonly links: AccountLinksService) {}

  async invite(
    manager: EntityManager,
    actor: Actor,
    applicant: ApprovedApplicant,
  ): Promise<string | null> {
    const email = applicant.email.trim().toLowerCase();
    const existing = await manager.findOneBy(UserEntity, { email });
    if (existing) {
      const same = existing.hubId === applicant.hubId && existing.role === applicant.role;
      return same ? existing.id : null;
    }
    const user = await this.links.inviteWithin(manager, actor, {
      email,
      name: applicant.name,
      role: applicant.role,
      hubId: applicant.hubId,
    });
    return user.id;
  }
}
