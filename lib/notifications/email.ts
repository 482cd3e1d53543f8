import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { createTranslator } from "use-intl/core";
import { loadMailReaders, type MailReader } from "@/lib/dal/notifications";
import { mailEnv } from "@/lib/env";
import { TIME_ZONE, toLocale, type Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { logLine } from "@/lib/log";
import type { NotificationKind, NotificationParams } from "@/lib/notifications/kinds";
import { notificationText, safeNotificationLink, type NotificationTranslate } from "@/lib/notifications/render";

export type MailMessage = { from: string; to: string; subject: string; text: string };

/** What sends a mail: nodemailer's transporter, or a stand-in in tests. */
export type MailTransport = { sendMail(message: MailMessage): Promise<unknown> };

/** `transport` null = email is not configured: each mail is logged instead of sent. */
export type Mailer = { transport: MailTransport | null; from: string; baseUrl: string | null };

export type EmailInput<K extends NotificationKind = NotificationKind> = {
  userIds: readonly string[];
  kind: K;
  params: NotificationParams<K>;
  link?: string | null;
};

export type EmailOutcome = { sent: number; failed: number; logged: number };

const DEFAULT_FROM = "Portal Kemitraan UMKM <noreply@localhost>";
const SUBJECT_MAX = 140;

const globalForMail = globalThis as unknown as { portalMailer?: Mailer };

/**
 * A transport that writes each mail as one JSON file (`<time>-<uuid>.json`: from, to, subject,
 * text) into `dir`: the test mailbox of development and the browser tests (MAIL_OUTBOX_DIR).
 */
export function outboxTransport(dir: string): MailTransport {
  return {
    async sendMail(message) {
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, `${Date.now()}-${randomUUID()}.json`);
      await writeFile(file, `${JSON.stringify(message, null, 2)}\n`, { mode: 0o600 });
    },
  };
}

/**
 * The mailer of this process from the environment: an SMTP transport (nodemailer, from
 * SMTP_URL, sender MAIL_FROM) when SMTP_URL is set, else the outbox folder MAIL_OUTBOX_DIR when
 * set, otherwise none (mails are logged). NEXTAUTH_URL, when set, turns links into absolute URLs.
 */
export function mailerFromEnv(): Mailer {
  if (globalForMail.portalMailer) return globalForMail.portalMailer;
  const { SMTP_URL, MAIL_FROM, MAIL_OUTBOX_DIR, NEXTAUTH_URL } = mailEnv();
  const transport = SMTP_URL
    ? (nodemailer.createTransport(SMTP_URL) as MailTransport)
    : MAIL_OUTBOX_DIR
      ? outboxTransport(MAIL_OUTBOX_DIR)
      : null;
  globalForMail.portalMailer = { transport, from: MAIL_FROM ?? DEFAULT_FROM, baseUrl: NEXTAUTH_URL ?? null };
  return globalForMail.portalMailer;
}

async function translatorFor(locale: Locale): Promise<NotificationTranslate> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "notifications", timeZone: TIME_ZONE });
  return (key, values) => t(key as never, values as never);
}

/** Builds the mail of one notification for one reader, in the reader's language. */
export function composeNotificationMail(
  t: NotificationTranslate,
  locale: Locale,
  reader: { email: string; name: string },
  input: { kind: string; params: unknown; link?: string | null },
  mailer: Pick<Mailer, "from" | "baseUrl">,
): MailMessage {
  const text = notificationText(t, locale, input);
  const link = safeNotificationLink(input.link);
  const url = link && mailer.baseUrl ? new URL(link, mailer.baseUrl).toString() : link;
  const subject = t("email.subject", { text });
  const body = [
    t("email.greeting", { name: reader.name }),
    "",
    text,
    ...(url ? ["", t("email.open", { url })] : []),
    "",
    "—",
    t("email.footer"),
  ];
  return {
    from: mailer.from,
    to: reader.email,
    subject: subject.length > SUBJECT_MAX ? `${subject.slice(0, SUBJECT_MAX - 1)}…` : subject,
    text: `${body.join("\n")}\n`,
  };
}

/**
 * Emails one notification to each of `userIds` (active users only; each in their own
 * language). Call it AFTER the transaction that inserted the in-app notifications has
 * committed, with the ids `notifyUsers` returned — so a re-run never mails anyone twice.
 * Without SMTP each mail is logged as one line ("email not configured; would send …").
 * A failed send is logged with its error and counted; it never throws, so it can never undo
 * or block the in-app notification.
 */
export async function emailNotifications<K extends NotificationKind>(
  input: EmailInput<K>,
  mailer: Mailer = mailerFromEnv(),
): Promise<EmailOutcome> {
  const outcome: EmailOutcome = { sent: 0, failed: 0, logged: 0 };
  if (input.userIds.length === 0) return outcome;
  let readers: MailReader[];
  try {
    readers = await loadMailReaders(input.userIds);
  } catch (error) {
    logLine("error", "email recipients could not be loaded", { kind: input.kind, users: input.userIds.length, error });
    outcome.failed = input.userIds.length;
    return outcome;
  }
  const translators = new Map<Locale, NotificationTranslate>();
  for (const reader of readers) {
    const locale = toLocale(reader.locale);
    try {
      if (!translators.has(locale)) translators.set(locale, await translatorFor(locale));
      const message = composeNotificationMail(translators.get(locale)!, locale, reader, input, mailer);
      if (!mailer.transport) {
        logLine("info", "email not configured; would send", {
          to: message.to,
          subject: message.subject,
          kind: input.kind,
        });
        outcome.logged += 1;
        continue;
      }
      await mailer.transport.sendMail(message);
      outcome.sent += 1;
    } catch (error) {
      logLine("error", "email send failed", { to: reader.email, userId: reader.id, kind: input.kind, error });
      outcome.failed += 1;
    }
  }
  return outcome;
}

/**
 * Sends one composed mail (not a notification: e.g. a password reset link). Without a transport
 * it logs the recipient and subject only — never the body, which may hold a secret link.
 * Failures are logged and reported as false, never thrown.
 */
export async function sendMail(message: MailMessage, mailer: Mailer = mailerFromEnv()): Promise<boolean> {
  if (!mailer.transport) {
    logLine("info", "email not configured; would send", { to: message.to, subject: message.subject });
    return false;
  }
  try {
    await mailer.transport.sendMail(message);
    return true;
  } catch (error) {
    logLine("error", "email send failed", { to: message.to, subject: message.subject, error });
    return false;
  }
}
