"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth";
import { markRead } from "@/lib/dal/notifications";
import { markNotificationReadSchema } from "@/lib/validation/notifications";

// Plain form actions (they work without JavaScript). The data layer only ever touches the
// signed-in user's own notifications; the layout revalidates so the header badge updates too.

/** Marks one of the signed-in user's notifications as read. */
export async function markNotificationReadAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = markNotificationReadSchema.safeParse({ notificationId: form.get("notificationId") });
  if (!parsed.success) return;
  await markRead(user, [parsed.data.notificationId]);
  revalidatePath("/", "layout");
}

/** Marks all of the signed-in user's notifications as read. */
export async function markAllNotificationsReadAction(): Promise<void> {
  const user = await requireUser();
  await markRead(user, "all");
  revalidatePath("/", "layout");
}
