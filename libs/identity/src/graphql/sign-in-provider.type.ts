import { ArgsType, Field, ObjectType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';

@ObjectType('SignInProvider', {
  description:
    'An OpenID Connect provider (Google, Microsoft) this deployment lets users sign in with.',
})
export class SignInProvider {
  @Field({ description: 'Its name in addresses, e.g. `google`.' })
  id: string;

  @Field({ description: 'Its name for people, e.g. `Google`: "Sign in with Google".' })
  name: string;

  @Field({ description: 'Where the browser goes to sign in with it (a path of this server).' })
  startPath: string;
}

@ArgsType()
export class ExchangeSignInCodeArgs {
  @Field({ description: 'The one-time code the sign-in with a provider handed the console.' })
  @IsString()
  @Length(20, 100)
  code: string;
}
