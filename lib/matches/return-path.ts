import "server-only";

const RETURN_TO = /^\/(?:needs\/[0-9a-f-]{36}\/matches|matches(?:\/[0-9a-f-]{36})?|introductions)$/i;

/** Where a match form sends the user after a change: the page it came from (only our own pages), else the match. */
export function matchReturnPath(returnTo: string | undefined, matchId: string): string {
  const base = returnTo && RETURN_TO.test(returnTo) ? returnTo : `/matches/${matchId}`;
  return `${base}?updated=${matchId}#match-${matchId}`;
}
