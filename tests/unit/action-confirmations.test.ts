import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { FLASH_KEYS } from "@/lib/forms/flash-cookie";
import type { ActionOutcome } from "@/lib/forms/form-action";

// Every action confirms what happened (issue 14): a redirecting action leaves a flash for the next
// page (or redirects to a URL its page confirms from), a staying action returns a `message` key for
// its form's live summary. The type says so (ActionOutcome has no bare redirect and no void); this
// scan catches what the type cannot see (a helper typed loosely, a new redirect written by hand).

vi.mock("next/navigation", async () => (await import("../setup/next-mocks")).navigationMock());
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ set: () => {} }) }));
vi.mock("@/lib/auth", () => ({
  requireUser: async () => ({ id: "00000000-0000-4000-8000-000000000001", role: "ADMIN" }),
  requireRole: async () => ({ id: "00000000-0000-4000-8000-000000000001", role: "ADMIN" }),
}));

function actionFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(full);
    return /actions\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** The object literal around `source[at]`: from its `{` to the matching `}` (template `${}` balance out). */
function enclosingObject(source: string, at: number): string {
  let start = at;
  for (let depth = 0; start > 0; start -= 1) {
    const char = source[start - 1];
    if (char === "}") depth += 1;
    if (char === "{") {
      if (depth === 0) break;
      depth -= 1;
    }
  }
  let end = at;
  for (let depth = 0; end < source.length; end += 1) {
    const char = source[end];
    if (char === "{") depth += 1;
    if (char === "}") {
      if (depth === 0) break;
      depth -= 1;
    }
  }
  return source.slice(start - 1, end + 1);
}

/** Each `redirect:` outcome of a file that neither sets a flash nor goes to a URL that confirms it. */
function unconfirmedRedirects(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/\bredirect:/g)) {
    const literal = enclosingObject(source, match.index);
    const hasFlash = /\bflash\b/.test(literal);
    // A page confirms from its URL only when the URL says what happened (a query such as ?done=step).
    const confirmedByUrl = /\bconfirmedOnPage:\s*true\b/.test(literal) && /redirect:\s*`[^`]*\?[^`]*=/.test(literal);
    if (!hasFlash && !confirmedByUrl) found.push(literal.replace(/\s+/g, " "));
  }
  return found;
}

/** Actions that call next/navigation's redirect themselves, and how their next page confirms it. */
const OWN_REDIRECTS: Record<string, string> = {
  // The portal itself is the confirmation of a sign-in.
  "app/sign-in/actions.ts": "signed in: the portal opens",
  // Sign-in shows the `?notice=` the reset leaves.
  "app/sign-in/password-reset-actions.ts": "?notice=",
};

describe("every action confirms what happened", () => {
  const files = actionFiles("app");

  it("finds the actions of app/", () => {
    expect(files.length).toBeGreaterThan(15);
    expect(files).toContain(path.join("app", "(portal)", "matches", "actions.ts"));
  });

  it("every redirect outcome in app/**/actions.ts sets a flash or goes to a URL its page confirms from", () => {
    const offenders = files.flatMap((file) =>
      unconfirmedRedirects(fs.readFileSync(file, "utf8")).map((literal) => `${file}: ${literal}`),
    );
    expect(offenders).toEqual([]);
  });

  it("only the listed actions call redirect() themselves", () => {
    const own = files.filter((file) => /\bredirect\(/.test(fs.readFileSync(file, "utf8")));
    expect(own.sort()).toEqual(Object.keys(OWN_REDIRECTS).sort());
    const reset = fs.readFileSync("app/sign-in/password-reset-actions.ts", "utf8");
    expect(reset).toMatch(/redirect\(`\/sign-in\?notice=/);
  });

  it("the scan itself: catches a bare redirect, passes a flash or a confirming URL", () => {
    const bare = "return { redirect: `/allocation/${id}` };";
    expect(unconfirmedRedirects(bare)).toEqual(["{ redirect: `/allocation/${id}` }"]);
    expect(unconfirmedRedirects('return { redirect: `/x/${id}`, flash: "needSaved" };')).toEqual([]);
    expect(unconfirmedRedirects("return { redirect: `/x/${id}?done=${what}`, confirmedOnPage: true };")).toEqual([]);
    // A page cannot confirm from a URL that says nothing.
    expect(unconfirmedRedirects("return { redirect: `/x/${id}`, confirmedOnPage: true };")).toHaveLength(1);
    expect(unconfirmedRedirects("return {\n  redirect: matchReturnPath(returnTo, matchId),\n  flash,\n};")).toEqual([]);
  });

  it("the flash keys are exactly the `flash` catalogue's, in both languages", () => {
    for (const locale of ["id", "en"]) {
      const catalogue = JSON.parse(fs.readFileSync(`lib/i18n/messages/${locale}/flash.json`, "utf8")) as object;
      expect(Object.keys(catalogue).sort()).toEqual([...FLASH_KEYS].sort());
    }
  });

  it("the outcome type has no bare redirect and no silent success", async () => {
    // @ts-expect-error a redirect must set a flash or confirm on its page
    const bare: ActionOutcome<undefined> = { redirect: "/x" };
    // @ts-expect-error a success must say what happened
    const silent: ActionOutcome<undefined> = {};
    expect([bare, silent]).toHaveLength(2);
    // At run time too: an action that returns nothing is a programming error, not a silent success.
    const { formAction } = await import("@/lib/forms/form-action");
    const action = formAction("signedIn", z.object({}), (async () => undefined) as never);
    await expect(action({ status: "idle", fieldErrors: {}, formError: null }, new FormData())).rejects.toThrow(
      /must say what it did/,
    );
  });
});
