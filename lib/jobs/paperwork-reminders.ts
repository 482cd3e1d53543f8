import "server-only";
import { notifyPaperworkReminders } from "@/lib/dal/paperwork/paperwork-reminders";
import { emailNotifications, mailerFromEnv, type Mailer } from "@/lib/notifications/email";

/** The pg-boss queue (and schedule) name of the daily run. */
export const PAPERWORK_REMINDERS_JOB = "paperwork-reminders";

/** Every day at 00:05 WIB: documents that lapsed yesterday are EXPIRED at the start of the day. */
export const PAPERWORK_REMINDERS_CRON = "5 0 * * *";

export type ReminderResult = { expired: number; notified: number; emailed: number };

/**
 * The daily paperwork job (`today` is a calendar day in WIB: a UTC-midnight date or any
 * instant of that day): expiry, reminders and overdue cases as in-app notifications
 * (`notifyPaperworkReminders`, lib/dal/paperwork/paperwork-reminders.ts: each dedupe-keyed, so a second
 * run the same day notifies and expires nothing), then email for the notifications this run
 * inserted, after all of them are written.
 */
export async function runPaperworkReminders(today: Date, options: { mailer?: Mailer } = {}): Promise<ReminderResult> {
  const { expired, notified, mails } = await notifyPaperworkReminders(today);
  const mailer = options.mailer ?? mailerFromEnv();
  let emailed = 0;
  for (const mail of mails) emailed += (await emailNotifications(mail, mailer)).sent;
  return { expired, notified, emailed };
}
