import { z } from "zod";

const positiveInt = (name: string, fallback: number) => {
  const error = `${name} must be a whole number ≥ 1`;
  return z.coerce.number({ error }).int({ error }).min(1, { error }).default(fallback);
};

/**
 * Environment variables, validated once at start-up. A missing or malformed variable stops
 * the process with a message that names it (STYLE.md habit 7).
 */
const baseEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string({
      error:
        "DATABASE_URL is not set: run through `npm run dev`/`npm start` (embedded database) or export a postgresql:// URL",
    })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters (openssl rand -base64 32)"),
  NEXTAUTH_URL: z.url("NEXTAUTH_URL must be an absolute URL such as http://localhost:3000").optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  STORAGE_DIR: z.string().min(1).default("storage"),
  // Email (lib/notifications/email.ts): unset SMTP_URL = mails are logged, not sent.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtps://user:pass@mail.example.org:465")
    .optional(),
  MAIL_FROM: z
    .string()
    .min(3, 'MAIL_FROM must be a sender address such as "Portal Kemitraan <noreply@example.org>"')
    .optional(),
  // Without SMTP_URL: each mail is written as a JSON file into this folder (development, e2e tests).
  MAIL_OUTBOX_DIR: z.string().min(1).optional(),
  // Background jobs (lib/jobs): "false" keeps this instance from running the queue's worker.
  JOBS_ENABLED: z
    .enum(["true", "false"], { error: "JOBS_ENABLED must be true or false" })
    .default("true")
    .transform((value) => value === "true"),
  // /api/v1 rate limits (lib/api/rate-limit.ts): requests per window per API token and per client IP.
  API_RATE_LIMIT_PER_TOKEN: positiveInt("API_RATE_LIMIT_PER_TOKEN", 120),
  API_RATE_LIMIT_PER_IP: positiveInt("API_RATE_LIMIT_PER_IP", 300),
  API_RATE_LIMIT_WINDOW_SECONDS: positiveInt("API_RATE_LIMIT_WINDOW_SECONDS", 60),
  // The sign-in page's "demo accounts are in the README" hint: shown in development, and in a
  // production build only when this is "true" (a demo/training server seeded with demo data).
  SHOW_DEMO_ACCOUNTS: z
    .enum(["true", "false"], { error: "SHOW_DEMO_ACCOUNTS must be true or false" })
    .default("false")
    .transform((value) => value === "true"),
});

const MAIL_FROM_REQUIRED = "MAIL_FROM is required when SMTP_URL is set (the sender address of the portal's emails)";
function requireMailFrom(value: { SMTP_URL?: string; MAIL_FROM?: string }, ctx: z.RefinementCtx) {
  if (value.SMTP_URL && !value.MAIL_FROM)
    ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: MAIL_FROM_REQUIRED });
}

const envSchema = baseEnvSchema.superRefine(requireMailFrom);

export type Env = z.infer<typeof envSchema>;

// Scripts that only touch the database (migrate, seed, generators) need no auth secret.
const dbEnvSchema = baseEnvSchema.pick({ NODE_ENV: true, DATABASE_URL: true, DB_POOL_MAX: true });
export type DbEnv = z.infer<typeof dbEnvSchema>;

/** Parses `source` (default `process.env`) or throws an Error listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  return parseWith(envSchema, source);
}

function parseWith<T extends z.ZodType>(schema: T, source: Record<string, string | undefined>): z.infer<T> {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;
let cachedDb: DbEnv | undefined;

/** The validated environment, parsed on first use and cached for the process. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

/** Only the database variables: what lib/db.ts needs, so DB-only scripts run without auth secrets. */
export function dbEnv(): DbEnv {
  cachedDb ??= parseWith(dbEnvSchema, process.env);
  return cachedDb;
}

const mailEnvSchema = baseEnvSchema
  .pick({ SMTP_URL: true, MAIL_FROM: true, MAIL_OUTBOX_DIR: true, NEXTAUTH_URL: true, JOBS_ENABLED: true })
  .superRefine(requireMailFrom);
export type MailEnv = z.infer<typeof mailEnvSchema>;

/** Email and job variables only (SMTP_URL, MAIL_FROM, NEXTAUTH_URL, JOBS_ENABLED): what the reminder job needs, also from a script without auth secrets. */
export function mailEnv(source: Record<string, string | undefined> = process.env): MailEnv {
  return parseWith(mailEnvSchema, source);
}

const demoEnvSchema = baseEnvSchema.pick({ NODE_ENV: true, SHOW_DEMO_ACCOUNTS: true });

/**
 * Whether the sign-in page mentions the demo accounts: always in development (`npm run dev`
 * seeds them), otherwise only when SHOW_DEMO_ACCOUNTS=true. Production never shows it by
 * default — its database has no demo accounts (prisma/seed.ts).
 */
export function showsDemoAccounts(source: Record<string, string | undefined> = process.env): boolean {
  const { NODE_ENV, SHOW_DEMO_ACCOUNTS } = parseWith(demoEnvSchema, source);
  return NODE_ENV === "development" || SHOW_DEMO_ACCOUNTS;
}
const apiLimitsEnvSchema = baseEnvSchema.pick({
  API_RATE_LIMIT_PER_TOKEN: true,
  API_RATE_LIMIT_PER_IP: true,
  API_RATE_LIMIT_WINDOW_SECONDS: true,
});
export type ApiLimitsEnv = z.infer<typeof apiLimitsEnvSchema>;

/** The /api/v1 rate limits (API_RATE_LIMIT_PER_TOKEN, API_RATE_LIMIT_PER_IP, API_RATE_LIMIT_WINDOW_SECONDS). */
export function apiLimitsEnv(source: Record<string, string | undefined> = process.env): ApiLimitsEnv {
  return parseWith(apiLimitsEnvSchema, source);
}
