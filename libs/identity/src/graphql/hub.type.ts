import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, Matches, MaxLength } from 'class-validator';
import { IsNotBlank } from '@chn/core';

@ObjectType('Hub', {
  description: 'A Careers Hub: the schools, colleges, employers and advisers it works with.',
})
export class Hub {
  @Field(() => ID, { description: 'Stable id of the hub.' })
  id: string;

  @Field({ description: 'Short unique code, e.g. LCR.' })
  code: string;

  @Field({ description: 'Name, e.g. Liverpool City Region.' })
  name: string;

  @Field({ description: 'Region the hub serves, e.g. North West.' })
  region: string;

  @Field({ description: 'When the hub was created.' })
  createdAt: Date;
}

@ObjectType('PublicHub', { description: 'A hub as the public forms name it.' })
export class PublicHub {
  @Field({ description: 'Short unique code, e.g. LCR.' })
  code: string;

  @Field({ description: 'Name, e.g. Liverpool City Region.' })
  name: string;
}

@InputType({ description: 'A new hub.' })
export class CreateHubInput {
  @Field({
    description: 'Short unique code: 2 to 32 capital letters, digits, dashes or underscores.',
  })
  @Matches(/^[A-Z0-9_-]{2,32}$/, {
    message: 'code must be 2 to 32 capital letters, digits, - or _',
  })
  code: string;

  @Field({ description: 'Display name of the hub.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name: string;

  @Field({ description: 'Region the hub serves.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  region: string;
}
