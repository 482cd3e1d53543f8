import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { FLASH_COOKIE, flashFromCookies, isFlashKey, type FlashKey } from "@/lib/forms/flash-cookie";
import { Interrupt } from "../setup/next-mocks";

// Flash messages of actions that redirect (formAction's `{ redirect, flash }`): the action sets
// a short-lived cookie holding a catalogue key; the next page reads it once.

const jar = vi.hoisted(() => ({ set: [] as { name: string; value: string; options: Record<string, unknown> }[] }));
vi.mock("next/navigation", async () => (await import("../setup/next-mocks")).navigationMock());
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    set: (name: string, value: string, options: Record<string, unknown>) => jar.set.push({ name, value, options }),
  }),
}));
vi.mock("@/lib/auth", () => ({
  requireUser: async () => ({ id: "00000000-0000-4000-8000-000000000001", role: "DISKOP_STAFF" }),
  requireRole: async () => ({ id: "00000000-0000-4000-8000-000000000001", role: "DISKOP_STAFF" }),
}));

const { formAction } = await import("@/lib/forms/form-action");
const IDLE = { status: "idle", fieldErrors: {}, formError: null } as const;

describe("flash messages", () => {
  it("accept only catalogue keys", () => {
    expect(isFlashKey("nominationSent")).toBe(true);
    expect(isFlashKey("nominations.nominated")).toBe(false);
    expect(isFlashKey("Nominasi terkirim.")).toBe(false);
    expect(isFlashKey("a.<script>")).toBe(false);
  });

  it("are read from the cookie string, and a tampered value is ignored", () => {
    expect(flashFromCookies(`theme=x; ${FLASH_COOKIE}=nominationSent; other=1`)).toBe("nominationSent");
    expect(flashFromCookies(`${FLASH_COOKIE}=${encodeURIComponent("<b>hi</b>")}`)).toBeNull();
    expect(flashFromCookies("theme=x")).toBeNull();
  });

  it("are set by a redirecting formAction before it redirects, for a minute, readable by the page", async () => {
    jar.set = [];
    const action = formAction("signedIn", z.object({}), async () => ({
      redirect: "/nominations/1",
      flash: "nominationSent",
    }));
    const thrown = await action(IDLE, new FormData()).catch((error: unknown) => error);
    expect(thrown).toEqual(new Interrupt("redirect", "/nominations/1"));
    expect(jar.set).toHaveLength(1);
    expect(jar.set[0]).toMatchObject({
      name: FLASH_COOKIE,
      value: "nominationSent",
      options: { path: "/", maxAge: 60, httpOnly: false, sameSite: "lax" },
    });
  });

  it("are not set when the page confirms from its URL, and prose is refused as a programming error", async () => {
    jar.set = [];
    const plain = formAction("signedIn", z.object({}), async () => ({
      redirect: "/x?done=step",
      confirmedOnPage: true as const,
    }));
    await plain(IDLE, new FormData()).catch(() => null);
    expect(jar.set).toHaveLength(0);
    // The type already refuses prose; a value that slips past it is still refused at run time.
    const prose = formAction("signedIn", z.object({}), async () => ({
      redirect: "/x",
      flash: "Tersimpan!" as unknown as FlashKey,
    }));
    await expect(prose(IDLE, new FormData())).rejects.toThrow(/flash message/);
  });
});
