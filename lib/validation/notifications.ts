import { z } from "zod";
import { text } from "@/lib/validation/text";

/** "Mark as read" of one notification: its id (whose it is, the data layer decides). */
export const markNotificationReadSchema = z.object({ notificationId: z.uuid() });

/** The list page's `?cursor=` (the previous page's nextCursor; the codec judges it); a repeated parameter is ignored. */
export const notificationCursorSchema = text().optional().catch(undefined);
