/**
 * The in-app notification kinds and the parameters each one needs. A kind is also the message
 * key `notifications.kinds.<kind>` (id + en, ICU), rendered in the reader's language when it is
 * read, so rows store only the kind and these plain parameters — never rendered text.
 *
 * Parameter conventions (callers of `notifyUsers` must follow them):
 * - `umkm`: the UMKM's business name; `firm`: the firm's short name; `need`: the need's title.
 * - `document`: the document type's Indonesian name (`DocumentType.nameId`); add `documentEn`
 *   (`nameEn`) and English readers see that instead. Any parameter `x` may have an `xEn` twin.
 * - `date`: a calendar date as `YYYY-MM-DD` (WIB); the renderer shows it dd/mm/yyyy (lib/format/dates.ts).
 * - `reason`: the reason typed by the person who rejected/declined (shown verbatim).
 * - numbers are numbers (ICU plural rules apply).
 */

type PaperworkParams = { umkm: string; document: string; documentEn?: string; date: string };
type MatchParams = { umkm: string; need: string; firm: string };

export type NotificationParamsByKind = {
  /** A document of the UMKM expires within 30 days, on `date` (to the UMKM's owners and the assisting officer). */
  paperworkExpiresIn30: PaperworkParams;
  /** … within 7 days, on `date`. */
  paperworkExpiresIn7: PaperworkParams;
  /** … today (`date` is today): the last valid day. */
  paperworkExpiresToday: PaperworkParams;
  /** The document lapsed on `date` and is now EXPIRED. */
  paperworkExpired: PaperworkParams;
  /** An assistance case for `document` of `umkm` was due on `date` and is still open (to its assignee, else its opener). */
  caseOverdue: PaperworkParams;
  /** An assistance case for `document` of `umkm` was assigned to the reader. */
  caseAssigned: { umkm: string; document: string; documentEn?: string };
  /** PMPTSP shortlisted `umkm` for `need` of `firm` (e.g. to the Diskop staff who nominated it). */
  matchShortlisted: MatchParams;
  /** PMPTSP approved the match: an introduction of `umkm` to `firm` for `need` (to the firm's staff and the UMKM's owners). */
  matchApproved: MatchParams;
  /** PMPTSP rejected the match, with `reason`. */
  matchRejected: MatchParams & { reason: string };
  /** The firm accepted the introduction. */
  matchAccepted: MatchParams;
  /** The firm declined the introduction, with `reason`. */
  matchDeclined: MatchParams & { reason: string };
  /** The partnership agreement of `umkm` and `firm` for `need` was recorded as signed. */
  agreementSigned: MatchParams;
  /** The partnership of `umkm` and `firm` for `need` ended. */
  partnershipEnded: MatchParams;
  /** The UMKM's owner confirmed interest in the introduction for `need` of `firm`. */
  umkmConfirmedInterest: MatchParams;
  /** A portfolio allocation run finished with `proposals` proposed introductions over `needs` needs. */
  allocationFinished: { proposals: number; needs: number };
};

/** Every kind of notification (a TypeScript union of the keys above). */
export type NotificationKind = keyof NotificationParamsByKind;

/** The parameters of one kind. */
export type NotificationParams<K extends NotificationKind = NotificationKind> = NotificationParamsByKind[K];

/** The kinds as a runtime list (the renderer and tests use it); kept equal to the union by the type check below. */
export const NOTIFICATION_KINDS = [
  "paperworkExpiresIn30",
  "paperworkExpiresIn7",
  "paperworkExpiresToday",
  "paperworkExpired",
  "caseOverdue",
  "caseAssigned",
  "matchShortlisted",
  "matchApproved",
  "matchRejected",
  "matchAccepted",
  "matchDeclined",
  "agreementSigned",
  "partnershipEnded",
  "umkmConfirmedInterest",
  "allocationFinished",
] as const satisfies readonly NotificationKind[];

type Missing = Exclude<NotificationKind, (typeof NOTIFICATION_KINDS)[number]>;
// A compile error here names a kind missing from NOTIFICATION_KINDS.
const everyKindListed: [Missing] extends [never] ? true : Missing = true;
void everyKindListed;

/** Parameters holding a `YYYY-MM-DD` date, formatted for the reader's locale when rendered. */
export const DATE_PARAMS: readonly string[] = ["date"];

/** Whether `value` (e.g. a kind read back from the database) is a known kind. */
export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}
