// `npm run jobs:reminders`: runs the daily paperwork job body once against DATABASE_URL, for
// system cron, operations and manual checks (the app's pg-boss worker runs the same function
// every day at 00:05 WIB). Idempotent: a second run the same day expires and notifies nothing.
// Emails go out when SMTP_URL and MAIL_FROM are set, otherwise each mail is logged.
import { db } from "@/lib/db";
import { runPaperworkReminders } from "@/lib/jobs/paperwork-reminders";
import { todayIso } from "@/lib/dates";

const today = new Date();
try {
  const result = await runPaperworkReminders(today);
  console.log(
    `Paperwork reminders for ${todayIso(today)} (WIB): ${result.expired} expired, ${result.notified} notifications, ${result.emailed} emails sent`,
  );
} catch (error) {
  console.error(`Paperwork reminders failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
