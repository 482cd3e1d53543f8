import { describe, expect, it } from "vitest";
import { parseEnv, showsDemoAccounts } from "@/lib/env";

const valid = { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/portal", NEXTAUTH_SECRET: "x".repeat(32) };

describe("parseEnv", () => {
  it("accepts a complete environment and fills defaults", () => {
    const env = parseEnv(valid);
    expect(env.DATABASE_URL).toBe(valid.DATABASE_URL);
    expect(env.DB_POOL_MAX).toBe(10);
    expect(env.NODE_ENV).toBe("development");
  });

  it("names DATABASE_URL when it is missing", () => {
    expect(() => parseEnv({ NEXTAUTH_SECRET: valid.NEXTAUTH_SECRET })).toThrow(/DATABASE_URL/);
  });

  it("rejects a DATABASE_URL that is not postgresql://", () => {
    expect(() => parseEnv({ ...valid, DATABASE_URL: "mysql://root@localhost/db" })).toThrow(
      /DATABASE_URL must be a postgresql:\/\/ URL/,
    );
  });

  it("names NEXTAUTH_SECRET when it is too short", () => {
    expect(() => parseEnv({ ...valid, NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET/);
  });

  it("lists every bad variable at once", () => {
    const attempt = () => parseEnv({ DB_POOL_MAX: "0" });
    expect(attempt).toThrow(/DATABASE_URL[\s\S]*NEXTAUTH_SECRET|NEXTAUTH_SECRET[\s\S]*DATABASE_URL/);
    expect(attempt).toThrow(/DB_POOL_MAX/);
  });
});

describe("showsDemoAccounts (the sign-in page's demo hint)", () => {
  it("is shown in development", () => {
    expect(showsDemoAccounts({ NODE_ENV: "development" })).toBe(true);
  });

  it("is hidden in production and in tests unless SHOW_DEMO_ACCOUNTS=true", () => {
    expect(showsDemoAccounts({ NODE_ENV: "production" })).toBe(false);
    expect(showsDemoAccounts({ NODE_ENV: "test" })).toBe(false);
    expect(showsDemoAccounts({ NODE_ENV: "production", SHOW_DEMO_ACCOUNTS: "false" })).toBe(false);
    expect(showsDemoAccounts({ NODE_ENV: "production", SHOW_DEMO_ACCOUNTS: "true" })).toBe(true);
  });

  it("names a malformed SHOW_DEMO_ACCOUNTS", () => {
    expect(() => showsDemoAccounts({ NODE_ENV: "production", SHOW_DEMO_ACCOUNTS: "yes" })).toThrow(
      /SHOW_DEMO_ACCOUNTS/,
    );
  });
});
