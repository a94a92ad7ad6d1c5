import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import {
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ConnectionArgs, IsNotBlank, Role } from '@chn/core';
import { Hub } from './hub.type';

/** The rule every password set in the service follows (NCSC: length, not composition). */
export const IsPassword = () => applyDecorators(IsString(), MinLength(10), MaxLength(200));

@ObjectType('User', { description: 'A person who signs in.' })
export class User {
  @Field(() => ID, { description: 'Stable id of the user.' })
  id: string;

  @Field({ description: 'Sign-in email, lower-case.' })
  email: string;

  @Field({ description: 'Full name.' })
  name: string;

  @Field(() => Role, { description: 'What the user may do.' })
  role: Role;

  @Field(() => ID, {
    nullable: true,
    description: 'Hub the user belongs to; null for a national administrator.',
  })
  hubId: string | null;

  @Field(() => Hub, {
    nullable: true,
    description: 'Hub the user belongs to; null for a national administrator.',
  })
  hub?: Hub | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the user last signed in; null if never.',
  })
  lastLoginAt: Date | null;

  @Field({ description: 'When the account was created.' })
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the account was deactivated; null while it is active.',
  })
  deactivatedAt: Date | null;

  passwordHash?: string | null;
}

@ObjectType('AuthPayload', { description: 'The result of signing in.' })
export class AuthPayload {
  @Field({ description: 'Bearer token for the Authorization header.' })
  accessToken: string;

  @Field({ description: 'When the token expires.' })
  expiresAt: Date;

  @Field(() => User, { description: 'The signed-in user.' })
  user: User;
}

@ArgsType()
export class LoginArgs {
  @Field({ description: 'Email the account was created with.' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;

  @Field({ description: 'Password.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}

/** The fields every new account has, however it is created. */
@InputType({ isAbstract: true })
abstract class NewUserFields {
  @Field({ description: 'Sign-in email; must not be in use.' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;

  @Field({ description: 'Full name.' })
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name: string;

  @Field(() => Role, { description: 'What the user may do.' })
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, {
    nullable: true,
    description:
      "Hub of the user: a hub admin's own; a national administrator names it (none for another national administrator).",
  })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}

@InputType({ description: 'A new user account.' })
export class CreateUserInput extends NewUserFields {
  @Field({ description: 'Initial password: at least 10 characters.' })
  @IsPassword()
  password: string;
}

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => Role, { nullable: true, description: 'Only users with this role.' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => ID, {
    nullable: true,
    description: 'National administrators only: users of this hub.',
  })
  @IsOptional()
  @IsUUID()
  hubId?: string;
}

@InputType({ description: 'Someone to invite: they choose their password from the emailed link.' })
export class InviteUserInput extends NewUserFields {}

@ArgsType()
export class LinkPasswordArgs {
  @Field({ description: 'The secret from the emailed link.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @Field({ description: 'The new password: 10 to 200 characters.' })
  @IsPassword()
  password: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field({ description: 'The password now.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  currentPassword: string;

  @Field({ description: 'The new password: 10 to 200 characters.' })
  @IsPassword()
  newPassword: string;
}
