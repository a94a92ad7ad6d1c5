import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  Min,
  MinLength,
  Validate,
  validateSync,
} from 'class-validator';
import { OidcProviderConfig, readOidcProviders } from './oidc-providers';
import { IsTrustProxySetting, trustProxySetting } from './trust-proxy';

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());

/**
 * Every setting the processes read from the environment, validated once at start.
 * Defaults work on a developer machine with PostgreSQL and Redis on localhost.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/careers_hub';

  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every BullMQ key, so several stacks can share one Redis. */
  @IsString()
  @MinLength(1)
  QUEUE_PREFIX = 'chn';

  @IsString()
  @MinLength(16)
  JWT_SECRET = 'development-only-secret-change-me';

  @IsString()
  JWT_EXPIRES_IN = '8h';

  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Public address of the API, used in printed links and emails. */
  @IsOptional()
  @IsUrl({ require_tld: false })
  PUBLIC_URL?: string = undefined;

  /**
   * Which proxies in front of the API are believed about the client's address (X-Forwarded-For),
   * which the sign-in and public-form limits count by: a number of hops, or a comma-separated
   * list of addresses, subnets and the names loopback, linklocal and uniquelocal. `false`
   * believes none.
   */
  @Transform(({ value }) => (typeof value === 'string' ? trustProxySetting(value) : value))
  @Validate(IsTrustProxySetting)
  TRUST_PROXY: number | boolean | string[] = ['loopback'];

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * The argon2id cost of a password hash: memory in KiB and iterations (argon2's defaults).
   * Production refuses less than OWASP's minimum (19,456 KiB and 2 iterations); tests use less.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1024)
  PASSWORD_HASH_MEMORY_KIB = 65536;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  PASSWORD_HASH_ITERATIONS = 3;

  @IsOptional()
  @IsEmail()
  BOOTSTRAP_ADMIN_EMAIL?: string = undefined;

  @IsOptional()
  @IsString()
  @MinLength(10)
  BOOTSTRAP_ADMIN_PASSWORD?: string = undefined;

  @Transform(toBoolean)
  @IsBoolean()
  DEMO_DATA = true;

  /** Recent sign-in failures of an account, or from an address, before its answers slow down. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  LOGIN_SLOWDOWN_AFTER = 3;

  /**
   * Recent sign-in failures of an account before it is locked for LOGIN_LOCK_SECONDS; from an
   * address, before the accounts that already failed are refused from it (libs/identity/README.md).
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  LOGIN_LOCK_AFTER = 5;

  /** How long a lock lasts, and how long a failure keeps counting. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  LOGIN_LOCK_SECONDS = 300;

  /** Public form submissions (employer applications, adviser interest) one address may make an hour. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  PUBLIC_FORM_LIMIT = 10;

  /** Worker: how many jobs of one queue a process runs at once. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  WORKER_CONCURRENCY = 5;

  /** Deepest selection a GraphQL request may make. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(2)
  GRAPHQL_MAX_DEPTH = 10;

  /** Most aliases one GraphQL request may use. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_ALIASES = 15;

  /**
   * Most objects one GraphQL request's answer may hold, counted before it runs: scalars are free,
   * nested lists multiply (apps/api/src/graphql/query-cost.ts).
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(100)
  GRAPHQL_MAX_COST = 50000;

  /**
   * Largest request body the API reads, in bytes: room for a whole region's GIAS extract (10 MB of
   * CSV and its JSON escaping) passed as a variable. The per-request limits still apply to the query.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(100_000)
  GRAPHQL_MAX_BODY_BYTES = 16 * 1024 * 1024;

  /** How long a DBS check stays valid for matching an adviser, in months. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  DBS_VALIDITY_MONTHS = 36;

  /**
   * Hubs with Compass evaluations in a year from which national figures and hub quartiles are
   * computed across the deployment instead of read from the configured national reference data.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(2)
  NATIONAL_FIGURES_MIN_HUBS = 4;
  /** Sender of every email, e.g. `Liverpool City Region Careers Hub <hub@example.org>`. */
  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Careers Hub Network <no-reply@careershub.localhost>';

  /** Development: port of the page listing mail caught by the local SMTP sink `npm start` runs. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(65535)
  MAIL_VIEWER_PORT = 1080;

  /** GOV.UK Notify API key; when set, email goes through Notify instead of SMTP. */
  @IsOptional()
  @IsString()
  @MinLength(74)
  NOTIFY_API_KEY?: string = undefined;

  /** The Notify email template, with ((subject)) and ((body)) placeholders. */
  @IsOptional()
  @IsUUID()
  NOTIFY_TEMPLATE_ID?: string = undefined;

  @IsUrl({ require_tld: false, require_protocol: true })
  NOTIFY_BASE_URL = 'https://api.notifications.service.gov.uk';

  /** Worker: how often the outbox relay looks for new domain events, in milliseconds. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(10)
  OUTBOX_POLL_MS = 1000;

  /** Worker: most domain events the relay moves to the queue in one transaction. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(5000)
  OUTBOX_BATCH_SIZE = 500;

  /** Tries of one email (the first send included) before it is FAILED. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(20)
  EMAIL_MAX_ATTEMPTS = 6;

  /** Wait before the first retry of an email, in milliseconds; doubles each time. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  EMAIL_RETRY_DELAY_MS = 30000;

  /**
   * Seconds a sender holds an email it claimed before it may be handed to another: it must cover
   * sending one batch of claimed emails. A sender that dies after the provider accepted an email
   * but before recording it leaves it to be sent again (same Message-ID) once this has passed.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  EMAIL_CLAIM_SECONDS = 300;

  /** Seconds between two sweeps for PENDING emails whose claim ran out (their sender or job was lost). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  EMAIL_SWEEP_SECONDS = 300;

  /** When the daily reminder scan runs (cron, server time). */
  @IsString()
  @MinLength(9)
  REMINDER_SCAN_CRON = '20 6 * * *';

  /** Days a proposed match may stay unanswered before the adviser is reminded. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  REMINDER_MATCH_UNANSWERED_DAYS = 7;

  /** Days before an opportunity starts that an unconfirmed booking is chased with the employer. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  REMINDER_BOOKING_UNCONFIRMED_DAYS = 5;

  /** Days before an opportunity starts that the employer and booked careers leaders hear it is coming. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  REMINDER_OPPORTUNITY_STARTING_DAYS = 2;

  /** Days after an opportunity ends that missing attendance is chased with the employer. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  REMINDER_ATTENDANCE_DAYS = 3;

  /** How long an adviser's induction stays current, in months. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  INDUCTION_VALIDITY_MONTHS = 36;

  /** Days before an adviser's DBS check runs out that the adviser and hub staff hear about it. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  REMINDER_DBS_EXPIRY_DAYS = 30;

  /** Days before an induction runs out that the adviser and hub staff hear about it. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  REMINDER_INDUCTION_EXPIRY_DAYS = 30;

  /** Days into the academic year after which hub staff get one digest of unmatched institutions. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  REMINDER_UNMATCHED_AFTER_DAYS = 30;

  /** Days before a network membership's renewal date that the employer is reminded. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  REMINDER_RENEWAL_DAYS = 30;

  /** Days before an employer's liability insurance runs out that the employer and hub staff hear. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  REMINDER_INSURANCE_EXPIRY_DAYS = 30;

  /** How long a risk assessment stands after its review, in months, before it is due again. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  RISK_ASSESSMENT_VALIDITY_MONTHS = 12;

  /** Days before a risk assessment is due for review that the employer hears about it. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  REMINDER_RISK_ASSESSMENT_DAYS = 30;

  /** Days before an opportunity starts by which its bookings' checklists should be complete. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  BOOKING_CHECKLIST_DUE_DAYS = 7;

  /** Days after feedback on a delivered encounter was requested that it is reminded, if not given. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  REMINDER_FEEDBACK_DAYS = 7;

  /** The largest risk-assessment PDF the service keeps, in bytes. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1024)
  COMPLIANCE_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

  /**
   * Retention (`libs/core/src/data-protection/retention-rules.ts`): days free-text feedback
   * comments are kept after they are given, then cleared by the daily purge.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  FEEDBACK_COMMENT_RETENTION_DAYS = 730;

  /**
   * Days an uploaded risk-assessment PDF is kept after its upload. At least as long as a risk
   * assessment stands (`RISK_ASSESSMENT_VALIDITY_MONTHS`), so the evidence of one still standing
   * is never deleted.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  COMPLIANCE_DOCUMENT_RETENTION_DAYS = 730;

  /** Days an adviser's note on a match meeting is kept after the meeting. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  MEETING_NOTE_RETENTION_DAYS = 730;

  /**
   * Days the name and email of a public registration for a hub event (a parent or carer) are
   * kept after the event ends: time to record attendance and send the follow-up.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  PUBLIC_REGISTRATION_RETENTION_DAYS = 180;

  /** When the daily retention purge runs (cron, server time). */
  @IsString()
  @MinLength(9)
  RETENTION_PURGE_CRON = '40 2 * * *';

  /**
   * Providers users may sign in with through OpenID Connect, e.g. `google,microsoft`; each is
   * configured by `OIDC_<ID>_*` settings (libs/identity/README.md), read into `oidcProviders`.
   */
  @IsOptional()
  @IsString()
  OIDC_PROVIDERS?: string = undefined;

  /** The providers named by OIDC_PROVIDERS, with their settings. */
  oidcProviders: OidcProviderConfig[] = [];

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get publicUrl(): string {
    return this.PUBLIC_URL ?? `http://localhost:${this.PORT}`;
  }
}

export class InvalidConfigError extends Error {}

/** OWASP's least argon2id cost for passwords (19 MiB, two iterations). */
const PASSWORD_HASH_FLOOR = { memoryKib: 19456, iterations: 2 };

/** Builds the configuration from an environment, or throws one readable message naming each bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const defined = Object.fromEntries(
    Object.entries(env).filter(
      ([key, value]) => value !== undefined && value !== '' && key in new AppConfig(),
    ),
  );
  const config = plainToInstance(AppConfig, defined);
  const errors = validateSync(config, { whitelist: false });
  const oidc = readOidcProviders(env);
  config.oidcProviders = oidc.providers;
  if (errors.length > 0 || oidc.problems.length > 0) {
    const lines = errors
      .map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`)
      .concat(oidc.problems);
    throw new InvalidConfigError(`Invalid configuration: ${lines.join(' | ')}`);
  }
  if (config.isProduction && config.JWT_SECRET === new AppConfig().JWT_SECRET) {
    throw new InvalidConfigError('Invalid configuration: JWT_SECRET must be set in production');
  }
  if (
    config.isProduction &&
    (config.PASSWORD_HASH_MEMORY_KIB < PASSWORD_HASH_FLOOR.memoryKib ||
      config.PASSWORD_HASH_ITERATIONS < PASSWORD_HASH_FLOOR.iterations)
  ) {
    throw new InvalidConfigError(
      `Invalid configuration: in production PASSWORD_HASH_MEMORY_KIB must be at least ${PASSWORD_HASH_FLOOR.memoryKib} and PASSWORD_HASH_ITERATIONS at least ${PASSWORD_HASH_FLOOR.iterations}`,
    );
  }
  // A month is at most 31 days: a PDF deleted after this many days no longer backs a standing assessment.
  if (config.COMPLIANCE_DOCUMENT_RETENTION_DAYS < config.RISK_ASSESSMENT_VALIDITY_MONTHS * 31) {
    throw new InvalidConfigError(
      `Invalid configuration: COMPLIANCE_DOCUMENT_RETENTION_DAYS must be at least ${config.RISK_ASSESSMENT_VALIDITY_MONTHS * 31} (RISK_ASSESSMENT_VALIDITY_MONTHS × 31)`,
    );
  }
  if (config.NOTIFY_API_KEY && !config.NOTIFY_TEMPLATE_ID) {
    throw new InvalidConfigError(
      'Invalid configuration: NOTIFY_TEMPLATE_ID must be set when NOTIFY_API_KEY is',
    );
  }
  return config;
}
