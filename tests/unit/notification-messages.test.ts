import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { mailEnv, parseEnv } from "@/lib/env";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { composeNotificationMail } from "@/lib/notifications/email";
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationParamsByKind } from "@/lib/notifications/kinds";
import {
  notificationText,
  notificationValues,
  safeNotificationLink,
  type NotificationTranslate,
} from "@/lib/notifications/render";

// Every notification kind renders in both languages with exactly the parameters kinds.ts
// declares (a missing or misspelt ICU argument fails here, not in a user's inbox).

const DOC = {
  umkm: "Katering Nauli",
  document: "Sertifikat Halal",
  documentEn: "Halal Certificate",
  date: "2030-02-01",
};
const MATCH = { umkm: "Katering Nauli", need: "Katering karyawan Martabe", firm: "PT Agincourt Resources" };
const SAMPLES: { [K in NotificationKind]: NotificationParamsByKind[K] } = {
  paperworkExpiresIn30: DOC,
  paperworkExpiresIn7: DOC,
  paperworkExpiresToday: DOC,
  paperworkExpired: DOC,
  caseOverdue: DOC,
  caseAssigned: { umkm: DOC.umkm, document: DOC.document, documentEn: DOC.documentEn },
  matchShortlisted: MATCH,
  matchApproved: MATCH,
  matchRejected: { ...MATCH, reason: "Skala usaha tidak sesuai" },
  matchAccepted: MATCH,
  matchDeclined: { ...MATCH, reason: "Kapasitas belum cukup" },
  agreementSigned: MATCH,
  partnershipEnded: MATCH,
  umkmConfirmedInterest: MATCH,
  allocationFinished: { proposals: 12, needs: 1 },
};

async function translator(locale: Locale) {
  const errors: string[] = [];
  const t = createTranslator({
    locale,
    messages: await loadMessages(locale),
    namespace: "notifications",
    timeZone: "Asia/Jakarta",
    onError: (error) => errors.push(error.message),
  });
  const translate: NotificationTranslate = (key, values) => t(key as never, values as never);
  return { translate, errors };
}

describe("notification messages", () => {
  for (const locale of LOCALES) {
    it(`renders every kind in ${locale} with all its parameters`, async () => {
      const { translate, errors } = await translator(locale);
      for (const kind of NOTIFICATION_KINDS) {
        const text = notificationText(translate, locale, { kind, params: SAMPLES[kind] });
        expect(text, kind).not.toMatch(/[{}]|notifications\./);
        for (const [key, value] of Object.entries(notificationValues(locale, SAMPLES[kind])))
          expect(text, `${kind} shows ${key}`).toContain(String(value));
      }
      expect(errors).toEqual([]);
    });
  }

  it("formats dates dd/mm/yyyy in both languages and picks the English twin of a parameter for English readers", () => {
    expect(notificationValues("id", DOC)).toEqual({
      umkm: "Katering Nauli",
      document: "Sertifikat Halal",
      date: "01/02/2030",
    });
    expect(notificationValues("en", DOC)).toEqual({
      umkm: "Katering Nauli",
      document: "Halal Certificate",
      date: "01/02/2030",
    });
    expect(notificationValues("en", { document: "Sertifikat Halal" })).toEqual({ document: "Sertifikat Halal" });
  });

  it("reads an unknown kind as a generic notification", async () => {
    const { translate } = await translator("id");
    expect(notificationText(translate, "id", { kind: "retiredKind", params: null })).toBe("Pemberitahuan");
  });

  it("keeps links inside the portal", () => {
    expect(safeNotificationLink("/matches/1")).toBe("/matches/1");
    for (const link of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "/a b",
      null,
      "",
    ])
      expect(safeNotificationLink(link)).toBeNull();
  });

  it("composes a mail in the reader's language with an absolute link", async () => {
    const { translate } = await translator("en");
    const mail = composeNotificationMail(
      translate,
      "en",
      { email: "owner@test.id", name: "Siti" },
      { kind: "paperworkExpiresIn7", params: DOC, link: "/my-business" },
      { from: "Portal <noreply@x.id>", baseUrl: "https://portal.example/" },
    );
    expect(mail).toMatchObject({ from: "Portal <noreply@x.id>", to: "owner@test.id" });
    expect(mail.subject).toBe(
      "Portal Kemitraan UMKM: Halal Certificate of Katering Nauli is valid until 01/02/2030, 7 days or less from now. Renew it soon.",
    );
    expect(mail.text).toContain("Dear Siti,");
    expect(mail.text).toContain("https://portal.example/my-business");
  });
});

describe("email and job environment", () => {
  const base = { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/portal", NEXTAUTH_SECRET: "x".repeat(32) };

  it("is optional: no SMTP means log only, jobs on by default", () => {
    const parsed = parseEnv(base);
    expect([parsed.SMTP_URL, parsed.MAIL_FROM, parsed.JOBS_ENABLED]).toEqual([undefined, undefined, true]);
    expect(mailEnv({}).JOBS_ENABLED).toBe(true);
  });

  it("names MAIL_FROM when SMTP_URL is set without it, and refuses a non-SMTP URL", () => {
    expect(() => parseEnv({ ...base, SMTP_URL: "smtp://mail.example.org:587" })).toThrow(/MAIL_FROM/);
    expect(() => mailEnv({ SMTP_URL: "smtp://mail.example.org:587" })).toThrow(/MAIL_FROM/);
    expect(() => parseEnv({ ...base, SMTP_URL: "https://mail.example.org", MAIL_FROM: "a@b.c" })).toThrow(/SMTP_URL/);
    expect(
      parseEnv({ ...base, SMTP_URL: "smtps://u:p@mail.example.org:465", MAIL_FROM: "Portal <noreply@example.org>" })
        .SMTP_URL,
    ).toBe("smtps://u:p@mail.example.org:465");
  });

  it("reads JOBS_ENABLED as a boolean and names it when malformed", () => {
    expect(parseEnv({ ...base, JOBS_ENABLED: "false" }).JOBS_ENABLED).toBe(false);
    expect(() => parseEnv({ ...base, JOBS_ENABLED: "no" })).toThrow(/JOBS_ENABLED/);
  });
});
