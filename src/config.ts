import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { GraphQLLimits } from './shared/graphql-limits';
import { projectRoot } from './project-root';

/** The environment the process runs in; `production` turns off introspection and the landing page. */
export type RuntimeEnvironment = 'development' | 'test' | 'production';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface AppConfig {
  environment: RuntimeEnvironment;
  logLevel: LogLevel;
  http: {
    /** Interface to listen on. Default `127.0.0.1`: a laptop should not expose children's data to its network. */
    host: string;
    /** Port to listen on; `0` picks a free one (tests do this). Default 4000. */
    port: number;
    /** Largest JSON request body accepted, in bytes. Default 1 MiB. */
    bodyLimitBytes: number;
    /** Behind a reverse proxy, take the client address from X-Forwarded-For (rate limits key on it). Default false. */
    trustProxy: boolean;
    /** Requests without a token one client address may make per minute (RATE_LIMITED beyond). Default 120. */
    publicRequestsPerMinute: number;
    /** Refused tokens one client address may present per ten minutes before it is refused outright. Default 20. */
    signInFailuresPerTenMinutes: number;
    /**
     * A WebSocket whose messages have not been taken by the network for this long, in milliseconds (its
     * reader stalled or fell far behind), is closed with 4413 (`SLOW_CONSUMER_CLOSE_CODE`); the client
     * resumes its feeds with `afterSequence`. Until then the server holds at most 64 KB (and the message that
     * crossed it) and one message per subscription for it (`SOCKET_HIGH_WATER_BYTES`), never a growing queue. Default 30000.
     */
    slowConsumerMs: number;
  };
  dispatch: {
    /** Seconds a dispatched social worker has to acknowledge. Default 1800 (30 minutes). */
    acknowledgeWithinSeconds: number;
    /** Hours to be on site for a HIGH-risk case. Default 24. */
    onSiteWithinHoursHighRisk: number;
    /** Hours to be on site for a MEDIUM-risk case. Default 72. */
    onSiteWithinHoursMediumRisk: number;
    /** How often missed deadlines are looked for, in milliseconds. Default 30000. */
    deadlineScanIntervalMs: number;
  };
  graphql: {
    /** Depth, aliases, directives, tokens and cost of one operation (README, "Limits"). */
    limits: GraphQLLimits;
    /**
     * A JSON file of the operations production front ends may send (`{ "<sha256 of the query>": "<query>" }`):
     * when set, any other operation is refused, and clients may send just the hash (persisted queries).
     */
    allowedOperationsFile?: string;
    /** Runs of a query document through graphql-js before it runs compiled (src/shared/compiled-queries.ts). */
    compileQueriesAfterRuns: number;
  };
  reports: {
    /** Days after the end of a reporting period before a report is overdue. Default 7. */
    graceDays: number;
    /**
     * Days after the due date at which an unsubmitted report's alert escalates: level 2 (to the head of
     * the supervisors) and level 3 (the child's aid is suspended). Level 1 is raised when the due date
     * passes. Defaults 7 and 14.
     */
    escalateAfterDays: { level2: number; level3: number };
  };
  jobs: {
    /** Whether this process runs queued jobs (overdue-report detection). Default true. */
    runner: boolean;
    /**
     * When overdue-report detection is queued (cron, five fields, UTC), once across all instances; null
     * ("off") queues none, e.g. in tests that queue it themselves. Default every minute.
     */
    overdueDetectionSchedule: string | null;
    /** When the retention rule runs (cron, UTC; default 00:15 in Jakarta); null ("off") never. */
    retentionSchedule: string | null;
    /** Years a closed child record, and a closed case's reporter identity, are kept before anonymisation. Default 10. */
    retentionYears: number;
  };
  hotline: {
    /** Reports one client address may submit without signing in, per window. Default 10. */
    publicReportLimit: number;
    /** The window of `publicReportLimit`, in seconds. Default 600. */
    publicReportWindowSeconds: number;
  };
  database: {
    /** An external PostgreSQL. When absent, an embedded PostgreSQL is started from `embedded`. */
    url?: string;
    /** Apply pending migrations when the server starts. Default true. */
    migrateOnStart: boolean;
    /** Largest number of pooled connections per process. Default 10. */
    poolMax: number;
    /**
     * Longest wait, in milliseconds, for a pooled connection (and for a new connection to open). When the
     * database is down or restarting, a request is answered SERVICE_UNAVAILABLE after this, never left
     * hanging. Default 10000.
     */
    acquireTimeoutMs: number;
    /** When set, domain events between instances travel over this Redis instead of PostgreSQL NOTIFY. */
    redisUrl?: string;
    embedded: {
      /** Data directory of the embedded cluster; kept between runs. */
      dataDirectory: string;
      /** Port for the embedded cluster; `0` picks a free one at each start. */
      port: number;
    };
  };
  auth: {
    /** HS256 secret for staff tokens. Required in production; elsewhere generated once into the data directory. */
    jwtSecret: string;
    issuer: string;
    audience: string;
    /** Optional JWKS URL of an external identity provider whose tokens are accepted besides our own. */
    jwksUrl?: string;
    /** Lifetime of tokens that `lindungi token` issues, in seconds. Default 8 hours. */
    tokenLifetimeSeconds: number;
  };
  /** Folder for local state: the embedded cluster and the development secret. */
  dataDirectory: string;
}

/** A configuration problem, stated in one line that names the variable. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number between ${min} and ${max}`)
    .transform(Number)
    .refine((value) => value >= min && value <= max, `must be a whole number between ${min} and ${max}`);

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production'], { message: 'must be development, test or production' }).default('development'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .optional(),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  PORT: integer(0, 65535).default(4000),
  HTTP_BODY_LIMIT_BYTES: integer(1024, 50 * 1024 * 1024).default(1024 * 1024),
  TRUST_PROXY: booleanFlag.default(false),
  WS_SLOW_CONSUMER_MS: integer(100, 600_000).default(30_000),
  HOTLINE_RATE_LIMIT: integer(1, 100000).default(10),
  PUBLIC_RATE_LIMIT: integer(1, 1_000_000).default(120),
  SIGN_IN_FAILURE_LIMIT: integer(1, 100000).default(20),
  GRAPHQL_MAX_DEPTH: integer(2, 50).default(12),
  GRAPHQL_MAX_ALIASES: integer(1, 1000).default(15),
  GRAPHQL_MAX_DIRECTIVES: integer(1, 1000).default(10),
  GRAPHQL_MAX_TOKENS: integer(100, 1_000_000).default(5000),
  GRAPHQL_MAX_COST: integer(10, 10_000_000).default(25_000),
  GRAPHQL_ALLOWED_OPERATIONS_FILE: z.string().min(1, 'must not be empty').optional(),
  GRAPHQL_COMPILE_AFTER_RUNS: integer(0, 1_000_000).default(2),
  DISPATCH_ACKNOWLEDGE_SECONDS: integer(1, 86400).default(1800),
  DISPATCH_ON_SITE_HOURS_HIGH_RISK: integer(1, 720).default(24),
  DISPATCH_ON_SITE_HOURS_MEDIUM_RISK: integer(1, 720).default(72),
  DEADLINE_SCAN_INTERVAL_MS: integer(100, 3_600_000).default(30_000),
  REPORT_GRACE_DAYS: integer(0, 90).default(7),
  REPORT_ALERT_LEVEL_2_DAYS: integer(1, 365).default(7),
  REPORT_ALERT_LEVEL_3_DAYS: integer(2, 366).default(14),
  JOB_RUNNER: booleanFlag.default(true),
  RETENTION_YEARS: integer(1, 100).default(10),
  RETENTION_SCHEDULE: z
    .string()
    .regex(/^(off|\S+ \S+ \S+ \S+ \S+)$/, 'must be a cron expression of five fields (e.g. "15 17 * * *") or off')
    .default('15 17 * * *'),
  OVERDUE_DETECTION_SCHEDULE: z
    .string()
    .regex(/^(off|\S+ \S+ \S+ \S+ \S+)$/, 'must be a cron expression of five fields (e.g. "* * * * *") or off')
    .default('* * * * *'),
  HOTLINE_RATE_WINDOW_SECONDS: integer(1, 86400).default(600),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_MIGRATE_ON_START: booleanFlag.default(true),
  DATABASE_POOL_MAX: integer(1, 200).default(10),
  DATABASE_ACQUIRE_TIMEOUT_MS: integer(100, 600_000).default(10_000),
  REDIS_URL: z.string().regex(/^rediss?:\/\/.+/, 'must be a redis:// or rediss:// URL').optional(),
  LINDUNGI_DATA_DIR: z.string().min(1, 'must not be empty').optional(),
  EMBEDDED_POSTGRES_DIR: z.string().min(1, 'must not be empty').optional(),
  EMBEDDED_POSTGRES_PORT: integer(0, 65535).default(0),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_ISSUER: z.string().min(1, 'must not be empty').default('lindungi'),
  JWT_AUDIENCE: z.string().min(1, 'must not be empty').default('lindungi-api'),
  JWT_JWKS_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
  TOKEN_LIFETIME_SECONDS: integer(60, 30 * 24 * 3600).default(8 * 3600),
});

type EnvironmentVariables = Record<string, string | undefined>;

/**
 * Loads `.env` from the project folder into the environment, when there is one. Variables already set
 * in the environment win over the file.
 */
export function loadEnvironmentFile(file = path.join(projectRoot(), '.env')): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/**
 * Reads the configuration once from environment variables. Empty values count as unset, so a blank line in
 * `.env` falls back to the default. Throws a `ConfigurationError` whose message names the variable.
 */
export function loadConfig(environment: EnvironmentVariables = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0]);
    throw new ConfigurationError(
      `Configuration error: ${variable} ${issue.message} (got ${JSON.stringify(present[variable] ?? '')})`,
    );
  }
  const variables = parsed.data;
  const production = variables.NODE_ENV === 'production';
  if (variables.REPORT_ALERT_LEVEL_3_DAYS <= variables.REPORT_ALERT_LEVEL_2_DAYS) {
    throw new ConfigurationError('Configuration error: REPORT_ALERT_LEVEL_3_DAYS must be more than REPORT_ALERT_LEVEL_2_DAYS');
  }
  const dataDirectory = path.resolve(variables.LINDUNGI_DATA_DIR ?? path.join(projectRoot(), '.lindungi'));
  if (production && !variables.JWT_SECRET) {
    throw new ConfigurationError('Configuration error: JWT_SECRET must be set in production (at least 32 characters)');
  }
  return {
    environment: variables.NODE_ENV,
    logLevel: variables.LOG_LEVEL ?? (variables.NODE_ENV === 'test' ? 'silent' : 'info'),
    http: {
      host: variables.HOST,
      port: variables.PORT,
      bodyLimitBytes: variables.HTTP_BODY_LIMIT_BYTES,
      trustProxy: variables.TRUST_PROXY,
      publicRequestsPerMinute: variables.PUBLIC_RATE_LIMIT,
      signInFailuresPerTenMinutes: variables.SIGN_IN_FAILURE_LIMIT,
      slowConsumerMs: variables.WS_SLOW_CONSUMER_MS,
    },
    graphql: {
      limits: {
        maxDepth: variables.GRAPHQL_MAX_DEPTH,
        maxAliases: variables.GRAPHQL_MAX_ALIASES,
        maxDirectives: variables.GRAPHQL_MAX_DIRECTIVES,
        maxTokens: variables.GRAPHQL_MAX_TOKENS,
        maxCost: variables.GRAPHQL_MAX_COST,
      },
      allowedOperationsFile: variables.GRAPHQL_ALLOWED_OPERATIONS_FILE ? path.resolve(variables.GRAPHQL_ALLOWED_OPERATIONS_FILE) : undefined,
      compileQueriesAfterRuns: variables.GRAPHQL_COMPILE_AFTER_RUNS,
    },
    dispatch: {
      acknowledgeWithinSeconds: variables.DISPATCH_ACKNOWLEDGE_SECONDS,
      onSiteWithinHoursHighRisk: variables.DISPATCH_ON_SITE_HOURS_HIGH_RISK,
      onSiteWithinHoursMediumRisk: variables.DISPATCH_ON_SITE_HOURS_MEDIUM_RISK,
      deadlineScanIntervalMs: variables.DEADLINE_SCAN_INTERVAL_MS,
    },
    reports: {
      graceDays: variables.REPORT_GRACE_DAYS,
      escalateAfterDays: { level2: variables.REPORT_ALERT_LEVEL_2_DAYS, level3: variables.REPORT_ALERT_LEVEL_3_DAYS },
    },
    jobs: {
      runner: variables.JOB_RUNNER,
      overdueDetectionSchedule: variables.OVERDUE_DETECTION_SCHEDULE === 'off' ? null : variables.OVERDUE_DETECTION_SCHEDULE,
      retentionSchedule: variables.RETENTION_SCHEDULE === 'off' ? null : variables.RETENTION_SCHEDULE,
      retentionYears: variables.RETENTION_YEARS,
    },
    hotline: { publicReportLimit: variables.HOTLINE_RATE_LIMIT, publicReportWindowSeconds: variables.HOTLINE_RATE_WINDOW_SECONDS },
    database: {
      url: variables.DATABASE_URL,
      migrateOnStart: variables.DATABASE_MIGRATE_ON_START,
      poolMax: variables.DATABASE_POOL_MAX,
      acquireTimeoutMs: variables.DATABASE_ACQUIRE_TIMEOUT_MS,
      redisUrl: variables.REDIS_URL,
      embedded: {
        dataDirectory: path.resolve(variables.EMBEDDED_POSTGRES_DIR ?? path.join(dataDirectory, 'postgres')),
        port: variables.EMBEDDED_POSTGRES_PORT,
      },
    },
    auth: {
      jwtSecret: variables.JWT_SECRET ?? developmentSecret(dataDirectory),
      issuer: variables.JWT_ISSUER,
      audience: variables.JWT_AUDIENCE,
      jwksUrl: variables.JWT_JWKS_URL,
      tokenLifetimeSeconds: variables.TOKEN_LIFETIME_SECONDS,
    },
    dataDirectory,
  };
}

/**
 * Outside production a secret is generated once and kept in the data directory, so that the server and
 * `lindungi token` (separate processes) agree on it without any setup.
 */
function developmentSecret(dataDirectory: string): string {
  const file = path.join(dataDirectory, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDirectory, { recursive: true, mode: 0o755 });
  const secret = randomBytes(48).toString('base64url');
  try {
    writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    // Another process (the CLI beside the server) created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw error;
  }
}
