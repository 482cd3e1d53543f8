import type { NotificationKind } from "@/lib/notifications/kinds";

export type ReminderStage = { kind: NotificationKind; key: "d30" | "d7" | "d0" | "expired" };

const DAY_MS = 86_400_000;

/**
 * Which reminder an ISSUED document expiring on `expiresOn` is due on `today` (both
 * YYYY-MM-DD, WIB): 30 → 8 days left "within 30 days", 7 → 1 "within 7 days", 0 "today";
 * none further out or already past. Windows instead of exact days, so a day the job did not
 * run is caught up the next day (the dedupe key still sends each stage once).
 */
export function reminderStage(expiresOn: string, today: string): ReminderStage | null {
  const daysLeft = Math.round((Date.parse(`${expiresOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
  if (daysLeft > 30 || daysLeft < 0) return null;
  if (daysLeft > 7) return { kind: "paperworkExpiresIn30", key: "d30" };
  if (daysLeft > 0) return { kind: "paperworkExpiresIn7", key: "d7" };
  return { kind: "paperworkExpiresToday", key: "d0" };
}
