import { z } from "zod";

/**
 * Environment variables, validated once at start-up. A missing or malformed variable stops
 * the process with a message that names it (STYLE.md habit 7).
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set: run through `npm run dev`/`npm start` (embedded database) or export a postgresql:// URL" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters (openssl rand -base64 32)"),
  NEXTAUTH_URL: z.url("NEXTAUTH_URL must be an absolute URL such as http://localhost:3000").optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  STORAGE_DIR: z.string().min(1).default("storage"),
});

export type Env = z.infer<typeof envSchema>;

// Scripts that only touch the database (migrate, seed, generators) need no auth secret.
const dbEnvSchema = envSchema.pick({ NODE_ENV: true, DATABASE_URL: true, DB_POOL_MAX: true });
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
