import { Field, Float, ID, InputType } from '@nestjs/graphql';
import {
  IsDateString,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsNotBlank } from '@chn/core';

const isDate = (property: string) =>
  IsDateString({ strict: true }, { message: `${property} must be a date YYYY-MM-DD` });

@InputType({
  description:
    'Compliance fields to record for an employer; omitted fields stay as they are, null clears one.',
})
export class RecordEmployerComplianceInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The employer: hub staff must name it; employers may omit their own.',
  })
  @IsOptional()
  @IsUUID()
  employerId?: string;

  @Field(() => String, { nullable: true, description: 'Employer’s liability insurer.' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  insurer?: string | null;

  @Field(() => String, { nullable: true, description: 'Insurance policy number.' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(100)
  policyNumber?: string | null;

  @Field(() => Float, { nullable: true, description: 'Cover, in whole pounds (at least £1).' })
  @IsOptional()
  @IsInt({ message: 'coverAmountPounds must be whole pounds' })
  @Min(1)
  @Max(1_000_000_000_000)
  coverAmountPounds?: number | null;

  @Field(() => String, { nullable: true, description: 'Last day of cover (YYYY-MM-DD).' })
  @IsOptional()
  @isDate('insuranceExpiresOn')
  insuranceExpiresOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the safeguarding policy was last reviewed (YYYY-MM-DD), not in the future.',
  })
  @IsOptional()
  @isDate('safeguardingReviewedOn')
  safeguardingReviewedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The employer’s data protection statement.' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(5000)
  dataProtectionStatement?: string | null;
}

@InputType({
  description:
    'The risk assessment of an opportunity at the employer’s premises: give exactly one of `link` or `pdfBase64`.',
})
export class RecordRiskAssessmentInput {
  @Field(() => ID, { description: 'The opportunity assessed.' })
  @IsUUID()
  opportunityId: string;

  @Field({ description: 'When it was reviewed (YYYY-MM-DD), not in the future.' })
  @isDate('reviewedOn')
  reviewedOn: string;

  @Field({ description: 'Who reviewed it.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  reviewedBy: string;

  @Field(() => String, { nullable: true, description: 'Where it is kept (http or https).' })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'link must be an http(s) address' },
  )
  @MaxLength(2000)
  link?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The assessment as a PDF, its bytes in base64; at most COMPLIANCE_DOCUMENT_MAX_BYTES (5 MB) once decoded.',
  })
  @IsOptional()
  @IsString()
  pdfBase64?: string | null;

  @Field(() => String, { nullable: true, description: 'The PDF’s file name, e.g. risk.pdf.' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  fileName?: string | null;
}
