import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('EmployerCompliance', {
  description:
    'What an employer has shown the hub before young people come to its premises. Fields not yet recorded are null.',
})
export class EmployerCompliance {
  @Field(() => ID, { description: 'The employer.' })
  employerId: string;

  @Field(() => ID, { description: 'The employer’s hub.' })
  hubId: string;

  @Field(() => String, { nullable: true, description: 'Employer’s liability insurer.' })
  insurer: string | null;

  @Field(() => String, { nullable: true, description: 'Insurance policy number.' })
  policyNumber: string | null;

  @Field(() => Float, { nullable: true, description: 'Cover, in whole pounds.' })
  coverAmountPounds: number | null;

  @Field(() => String, { nullable: true, description: 'Last day of cover (YYYY-MM-DD).' })
  insuranceExpiresOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the safeguarding policy was last reviewed (YYYY-MM-DD).',
  })
  safeguardingReviewedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The employer’s data protection statement.' })
  dataProtectionStatement: string | null;

  @Field(() => Date, { nullable: true, description: 'When the record last changed.' })
  updatedAt: Date | null;
}

@ObjectType('ComplianceDocument', { description: 'A PDF kept by the service.' })
export class ComplianceDocument {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'The file name it was uploaded under.' })
  fileName: string;

  @Field({ description: 'Always application/pdf.' })
  contentType: string;

  @Field({ description: 'Size in bytes.' })
  sizeBytes: number;

  @Field({
    description:
      'Where to download it (GET, with the same bearer token or API key): /compliance/documents/<id>.',
  })
  downloadPath: string;
}

@ObjectType('RiskAssessment', {
  description: 'The risk assessment of an opportunity at the employer’s premises.',
})
export class RiskAssessment {
  @Field(() => ID, { description: 'The opportunity assessed.' })
  opportunityId: string;

  @Field({ description: 'When it was reviewed (YYYY-MM-DD).' })
  reviewedOn: string;

  @Field({ description: 'Who reviewed it.' })
  reviewedBy: string;

  @Field(() => String, { nullable: true, description: 'A link to it, when not uploaded.' })
  link: string | null;

  @Field({ description: 'When the record last changed.' })
  updatedAt: Date;
}
