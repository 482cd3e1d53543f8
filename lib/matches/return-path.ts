import "server-only";
import { UUID_SOURCE } from "@/lib/validation/ids";

const RETURN_TO = new RegExp(`^/(?:needs/${UUID_SOURCE}/matches|matches(?:/${UUID_SOURCE})?|introductions)$`, "i");

/** Where a match form sends the user after a change: the page it came from (only our own pages), else the match. */
export function matchReturnPath(returnTo: string | undefined, matchId: string): string {
  const base = returnTo && RETURN_TO.test(returnTo) ? returnTo : `/matches/${matchId}`;
  return `${base}?updated=${matchId}#match-${matchId}`;
}
