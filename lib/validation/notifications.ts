import { z } from "zod";

/** "Mark as read" of one notification: its id (whose it is, the data layer decides). */
export const markNotificationReadSchema = z.object({ notificationId: z.uuid() });

/** The list page's `?cursor=` (the previous page's nextCursor); anything else shows the first page. */
export const notificationCursorSchema = z.string().regex(/^[A-Za-z0-9_-]{1,200}$/).optional().catch(undefined);
