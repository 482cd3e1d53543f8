import { describe, expect, it } from "vitest";
import { decideSession, refreshedMaxAge, SESSION_LIMITS } from "@/lib/security/session-timeouts";

const SIGNED_IN = 1_800_000_000;
const MIN = 60;
const HOUR = 60 * MIN;

describe("session timeouts", () => {
  it("uses a 30-minute idle timeout, a 12-hour absolute timeout and refreshes after 5 minutes", () => {
    expect(SESSION_LIMITS).toEqual({ idleSeconds: 30 * MIN, absoluteSeconds: 12 * HOUR, refreshAfterSeconds: 5 * MIN });
  });

  it("keeps a fresh token as it is", () => {
    expect(decideSession({ authTime: SIGNED_IN, iat: SIGNED_IN, exp: SIGNED_IN + 30 * MIN }, SIGNED_IN + 2 * MIN)).toBe(
      "valid",
    );
  });

  it("re-issues an active user's token once it is 5 minutes old", () => {
    const times = { authTime: SIGNED_IN, iat: SIGNED_IN, exp: SIGNED_IN + 30 * MIN };
    expect(decideSession(times, SIGNED_IN + 5 * MIN - 1)).toBe("valid");
    expect(decideSession(times, SIGNED_IN + 5 * MIN)).toBe("refresh");
  });

  it("expires after 30 minutes without a request (the token's exp)", () => {
    const times = { authTime: SIGNED_IN, iat: SIGNED_IN + HOUR, exp: SIGNED_IN + HOUR + 30 * MIN };
    expect(decideSession(times, SIGNED_IN + HOUR + 30 * MIN - 1)).toBe("refresh");
    expect(decideSession(times, SIGNED_IN + HOUR + 30 * MIN)).toBe("expired");
  });

  it("expires 12 hours after sign-in however active the user is", () => {
    const now = SIGNED_IN + 12 * HOUR;
    const justRefreshed = { authTime: SIGNED_IN, iat: now - MIN, exp: now + 29 * MIN };
    expect(decideSession(justRefreshed, now - 1)).toBe("valid");
    expect(decideSession(justRefreshed, now)).toBe("expired");
  });

  it("refuses tokens without a sign-in time or with one in the future", () => {
    expect(decideSession({ iat: SIGNED_IN, exp: SIGNED_IN + 30 * MIN }, SIGNED_IN)).toBe("expired");
    expect(decideSession({ authTime: "yesterday" }, SIGNED_IN)).toBe("expired");
    expect(decideSession({ authTime: SIGNED_IN + 10 * MIN }, SIGNED_IN)).toBe("expired");
  });

  it("never re-issues a token that outlives the absolute limit", () => {
    expect(refreshedMaxAge(SIGNED_IN, SIGNED_IN + HOUR)).toBe(30 * MIN);
    expect(refreshedMaxAge(SIGNED_IN, SIGNED_IN + 12 * HOUR - 10 * MIN)).toBe(10 * MIN);
    expect(refreshedMaxAge(SIGNED_IN, SIGNED_IN + 13 * HOUR)).toBe(0);
  });
});
